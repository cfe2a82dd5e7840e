package dev.ordo.identity.security;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import dev.ordo.identity.application.Principals;


/**
 * Two ways in: the browser UI signs in with a form and a session (CSRF-protected), the API takes bearer tokens and
 * keeps no session. They are separate filter chains so a session cookie never authenticates an API call, which is
 * what makes it safe to leave CSRF protection off for the API.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		// bcrypt by default, with the algorithm stored next to each hash so it can be upgraded later.
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, TokenPrincipalCache principals, ProblemResponses problems)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			// No session at all: the security context lives in the request only, so a session cookie sent along
			// neither authenticates the call nor is touched by it (session management would give the browser's
			// session a new id at every call, as if the token were a fresh sign-in).
			.securityContext(sc -> sc.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.sessionManagement(session -> session.disable())
			// Bearer tokens are never sent by a browser on its own, so cross-site request forgery cannot use them.
			.csrf(csrf -> csrf.disable())
			.formLogin(form -> form.disable())
			.httpBasic(basic -> basic.disable())
			.logout(logout -> logout.disable())
			.requestCache(cache -> cache.disable())
			.addFilterBefore(new ApiTokenAuthenticationFilter(principals, problems),
					BasicAuthenticationFilter.class)
			.exceptionHandling(e -> e
				.authenticationEntryPoint((req, res, ex) -> problems.write(res, 401, "Unauthorized",
						"Send a personal API token as 'Authorization: Bearer <token>'"))
				.accessDeniedHandler((req, res, ex) -> problems.write(res, 403, "Forbidden", ex.getMessage())))
			.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, SecurityContextRepository contexts,
			PrincipalRefreshFilter.Generation generation, Principals principals, Clock clock) throws Exception {
		PrincipalRefreshFilter refresh = new PrincipalRefreshFilter(generation, principals, contexts, clock);
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/login", "/static/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**")
				.permitAll()
				.requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
				.anyRequest().authenticated())
			.securityContext(sc -> sc.securityContextRepository(contexts))
			.addFilterAfter(refresh, SecurityContextHolderFilter.class)
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			// A new session id at sign-in, so a session id planted before sign-in is worthless afterwards.
			.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
			.headers(h -> h
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(f -> f.deny())
				.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}
}
