package dev.ordo.workflow.engine;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flowable settings that are not properties. */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

	/**
	 * One deployment per module folder under {@code processes/}: changing one module's model redeploys that module
	 * only, and a deployment's name says which process module it belongs to. No diagram images.
	 */
	@Bean
	EngineConfigurationConfigurer<SpringProcessEngineConfiguration> ordoEngineConfigurer() {
		return configuration -> {
			configuration.setDeploymentMode("resource-parent-folder");
			// Ordo draws its own diagrams; rendering PNGs at deployment would only load AWT and slow the start.
			configuration.setCreateDiagramOnDeploy(false);
		};
	}
}
