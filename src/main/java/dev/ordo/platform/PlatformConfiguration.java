package dev.ordo.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module uses. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** The clock, injectable so that deadlines and expiries can be tested without waiting. */
	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}
}
