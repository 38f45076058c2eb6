package dev.tandem.identity;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description says how to authenticate, so Swagger UI's "Authorize" takes a personal token. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI tandemApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Tandem API")
                        .version("v1")
                        .description("Create a personal API token under My account, then send it as a bearer token."))
                .components(new Components()
                        .addSecuritySchemes(
                                "token",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("A personal API token, tdm_…")))
                .addSecurityItem(new SecurityRequirement().addList("token"));
    }
}
