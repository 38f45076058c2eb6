package dev.tandem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a port with the Russian demo plant, the language it is written in unless told otherwise,
 * on an embedded database of its own (the other integration tests share the English plant the test profile asks
 * for). Every test of the Russian plant uses exactly this, so the plant is generated once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // its own embedded server even where the other tests run against an external one (as in CI)
            "spring.datasource.url=",
            "tandem.database.embedded.directory=target/test-postgres-russian",
            "tandem.demo.language=ru"
        })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface RussianDemoPlantTest {}
