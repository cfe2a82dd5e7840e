package dev.ordo.platform;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import dev.ordo.platform.web.PageModelContributor;
import dev.ordo.shared.CurrentActor;

/**
 * Gives every rendered page what the layout needs: the signed-in person, and whatever other modules contribute
 * (e.g. the organizations to switch to). It runs only when a view is rendered, so API calls pay nothing for it.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer {

	private final List<PageModelContributor> contributors;

	LayoutModel(List<PageModelContributor> contributors) {
		this.contributors = contributors;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView mav) {
				if (mav == null || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))) {
					return;
				}
				mav.addObject("me", CurrentActor.principal().orElse(null));
				contributors.forEach(c -> c.contribute(mav.getModelMap()));
			}
		});
	}
}
