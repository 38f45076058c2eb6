package dev.tandem.identity;

import dev.tandem.identity.signin.ApiTokens;
import dev.tandem.identity.signin.SignIn;
import dev.tandem.shared.web.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.HeaderWriterFilter;

/**
 * Two ways in: the JSON API (and actuator) with bearer tokens, no session and problem+json errors; the pages with
 * a form sign-in, a session and CSRF protection. Everything needs a signed-in user unless listed here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** What the pages' chain serves to anyone, signed in or not. */
    static final String[] PUBLIC = {
        "/login",
        "/error",
        "/webjars/**",
        "/css/**",
        "/js/**",
        "/favicon.ico",
        "/sw.js",
        "/manifest.json",
        "/icons/**",
        "/screen/**",
        // a notification e-mail's acknowledge link: its signature stands in for signing in
        "/acknowledge/**",
        // an inspection's report shared by a link whose unguessable token stands in for signing in
        "/shared/inspections/*",
        // "forgot your password?": the form, and the mailed link whose signature stands in for signing in
        "/password/forgotten",
        "/password/reset/**",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, SecurityHeaders headers) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, exception) -> ProblemResponses.write(
                response, HttpStatus.UNAUTHORIZED, "Send a valid API token as 'Authorization: Bearer <token>'.");
        AccessDeniedHandler forbidden = (request, response, exception) ->
                ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Your role does not allow this.");
        return http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .addFilterBefore(new BearerTokenFilter(tokens, unauthorized), AnonymousAuthenticationFilter.class)
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .headers(configurer -> {
                    writtenFirst(configurer);
                    headers.apply(configurer);
                })
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SignIn signIn, SecurityHeaders headers) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(PUBLIC)
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(signIn)
                        .failureHandler(signIn)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .userDetailsService(signIn::attempt)
                .addFilterAfter(new FreshViewer(signIn), SecurityContextHolderFilter.class)
                .headers(configurer -> {
                    writtenFirst(configurer);
                    headers.apply(configurer);
                })
                .build();
    }

    /**
     * Spring Security observes no filter, sign-in or authorisation of its own: it wrapped each of some fifteen filters
     * of every request in an observation and counted them as meters, some 14 % of a request's CPU by JFR, for timings
     * no one reads (no tracing here). The request as a whole stays observed ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** The firewall's rules as by default, checked without regular expressions ({@link FirewallText}). */
    @Bean
    WebSecurityCustomizer firewall() {
        var firewall = FirewallText.firewall();
        return web -> web.httpFirewall(firewall);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Security headers are written before the request is handled, not when the response is committed: a streamed
     * export commits its response on another thread, which must not race the request's own thread over headers.
     */
    private static void writtenFirst(HeadersConfigurer<HttpSecurity> headers) {
        headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
    }
}
