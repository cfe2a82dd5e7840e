package dev.ordo.platform;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Gives the links of pages to style sheets and scripts their content-hashed names (the resource chain of
 * {@code spring.web.resources.chain}), in place of Spring's {@link ResourceUrlEncodingFilter}, which Spring Boot
 * leaves out when this one is present.
 *
 * <p>Spring's filter matches every link a page renders against the static resources' patterns: a register page's
 * fifty links to risks as well as its one style sheet, splitting each path anew. Under the benchmark's register load
 * that was a tenth of the application's CPU (JFR, docs/performance.md). Here only links under {@code /static/} and
 * {@code /webjars/} are looked up, once each: the files are part of the application and do not change while it
 * runs.
 */
@Component
class StaticResourceLinks extends ResourceUrlEncodingFilter {

	/** More distinct static links than any set of templates has; beyond, links are looked up without being kept. */
	private static final int MAX_KEPT = 1_000;

	private final ObjectProvider<ResourceUrlProvider> provider;

	private final Map<String, String> versioned = new ConcurrentHashMap<>();

	StaticResourceLinks(ObjectProvider<ResourceUrlProvider> provider) {
		this.provider = provider;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new Links(http.getContextPath(), httpResponse));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	/** The content-hashed link of a static file, or {@code link} as it is. */
	String versioned(String contextPath, String link) {
		if (!link.startsWith(contextPath)) {
			return link;
		}
		String path = link.substring(contextPath.length());
		boolean file = (path.startsWith("/static/") || path.startsWith("/webjars/")) && path.indexOf('?') < 0
				&& path.indexOf('#') < 0;
		if (!file) {
			return link;
		}
		String known = versioned.get(link);
		if (known == null) {
			String found = provider.getObject().getForLookupPath(path);
			known = found == null ? link : contextPath + found;
			if (versioned.size() < MAX_KEPT) {
				versioned.put(link, known);
			}
		}
		return known;
	}

	private final class Links extends HttpServletResponseWrapper {

		private final String contextPath;

		Links(String contextPath, HttpServletResponse response) {
			super(response);
			this.contextPath = contextPath;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(versioned(contextPath, url));
		}
	}
}
