package dev.ordo.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the API in the OpenAPI document, with the bearer token scheme so Swagger UI can call it. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI ordoOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Ordo API")
				.description("The ISMS of one organization, run as the ISO/IEC TS 27022 processes. Authenticate with "
						+ "a personal API token: Authorization: Bearer ordo_…. Errors are RFC 9457 problem details.")
				.version("v1")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("token",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("ordo_…")))
			.addSecurityItem(new SecurityRequirement().addList("token"));
	}
}
