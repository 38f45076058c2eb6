package dev.tandem.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.jdbc.repository.config.EnableJdbcRepositories;
import org.springframework.util.StringUtils;

/**
 * Spring Data JDBC repositories for every module, and the embedded PostgreSQL server when no external one is
 * configured. With {@code spring.datasource.url} set, Spring Boot's own data source is used and nothing starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcRepositories(basePackages = "dev.tandem")
class DatabaseConfiguration extends AbstractJdbcConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoExternalDatabase.class)
    static class EmbeddedDatabase {

        @Bean(destroyMethod = "release")
        EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
            return EmbeddedPostgresServer.acquire(properties);
        }

        @Bean
        HikariDataSource dataSource(EmbeddedPostgresServer server) {
            var dataSource = DataSourceBuilder.create()
                    .type(HikariDataSource.class)
                    .url(server.jdbcUrl())
                    .username(EmbeddedPostgresServer.USER)
                    .build();
            dataSource.setPoolName("tandem-embedded");
            dataSource.setMaximumPoolSize(10);
            return dataSource;
        }
    }

    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
