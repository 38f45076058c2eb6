package dev.tandem.shared.web;

import dev.tandem.shared.Languages;
import dev.tandem.shared.uploads.LargeUploads;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.ConversionService;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.http.converter.xml.Jaxb2RootElementHttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Paging, precondition and list filter arguments, the current address on pages, and the language: {@code ?lang=ru} switches and a cookie remembers, else Accept-Language. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final ObjectProvider<ConversionService> conversions;
    private final MessageSource messages;

    WebConfiguration(
            @Qualifier("mvcConversionService") ObjectProvider<ConversionService> conversions, MessageSource messages) {
        this.conversions = conversions;
        this.messages = messages;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingArgumentResolver());
        resolvers.add(new PreconditionArgumentResolver());
        resolvers.add(new QueryFilters(conversions::getObject, messages));
    }

    /**
     * Dates and times in query and form parameters are read as ISO 8601 and must keep {@link StorableValues}' rule;
     * what fails is a 400 naming the parameter. (These replace the framework's own readers of these types.)
     */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, text -> storable(text, LocalDate::parse));
        registry.addConverter(String.class, LocalDateTime.class, text -> storable(text, LocalDateTime::parse));
        registry.addConverter(String.class, OffsetDateTime.class, text -> storable(text, OffsetDateTime::parse));
        registry.addConverter(String.class, YearMonth.class, text -> storable(text, YearMonth::parse));
        registry.addConverter(String.class, Instant.class, text -> storable(text, WebConfiguration::instant));
    }

    private static <T> T storable(String text, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var value = parse.apply(text.trim());
        StorableValues.refusal(value).ifPresent(code -> {
            throw new IllegalArgumentException(code);
        });
        return value;
    }

    /** An instant as ISO 8601 with an offset, or as milliseconds since 1970. */
    private static Instant instant(String text) {
        return text.chars().allMatch(Character::isDigit)
                ? Instant.ofEpochMilli(Long.parseLong(text))
                : OffsetDateTime.parse(text).toInstant();
    }

    /**
     * Answers are JSON, written by Jackson 3 alone. Jackson 2 is on the class path only for libraries (Flyway, and the
     * OpenAPI description's YAML), and the framework then registered a Jackson 2 YAML writer beside it, which every
     * answer asked whether it could write its body (a serializer lookup of its own each time) and which answered a
     * client asking for YAML through a mapper without the application's settings; the JAXB API on the class path
     * added an XML writer that looked for an annotation no class here has on every answer. JSON is written by {@link
     * JsonWriters}, with the mapper the framework's converter was given.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder converters) {
        converters.configureMessageConvertersList(list -> {
            list.removeIf(
                    converter -> jackson2(converter) || converter instanceof Jaxb2RootElementHttpMessageConverter);
            list.replaceAll(converter -> converter.getClass() == JacksonJsonHttpMessageConverter.class
                    ? new JsonWriters(((JacksonJsonHttpMessageConverter) converter).getMapper())
                    : converter);
        });
    }

    @SuppressWarnings("removal")
    private static boolean jackson2(Object converter) {
        return converter instanceof org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        registry.addInterceptor(new CurrentUrl.Provider());
    }

    /**
     * What the servlet container reads of a multipart upload: as much as the largest upload anywhere, an import's, with
     * the multipart properties' place and threshold for files kept while they are read; {@link UploadLimit} holds every
     * other upload to its own, smaller limit.
     */
    @Bean
    MultipartConfigElement multipartConfig(WebLimits limits, MultipartProperties multipart) {
        var defaults = multipart.createMultipartConfig();
        long file = Math.max(
                limits.maxImportSize().toBytes(), limits.maxUploadSize().toBytes());
        long request = Math.max(
                limits.maxImportRequestSize().toBytes(),
                limits.maxUploadRequestSize().toBytes());
        return new MultipartConfigElement(defaults.getLocation(), file, request, defaults.getFileSizeThreshold());
    }

    /**
     * Uploads that declare no length are read up to the limit of where they go, not an import's. (The imports' addresses
     * are asked for when a request comes: the web server starts before the beans that know them.)
     */
    @Bean
    TomcatContextCustomizer uploadsOfUndeclaredLength(WebLimits limits, ObjectProvider<LargeUploads> imports) {
        return context -> context.getPipeline()
                .addValve(new UndeclaredUploadLimit(
                        path -> imports.getObject().at(path),
                        limits.maxUploadRequestSize().toBytes()));
    }

    /** In place of Spring Boot's registration of the filter, for the same dispatches. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> pageResourceLinks() {
        var registration = new FilterRegistrationBean<ResourceUrlEncodingFilter>(new PageResourceLinks());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    static EndpointsAskedLast endpointsAskedLast() {
        return new EndpointsAskedLast();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("tandem-language");
        resolver.setDefaultLocaleFunction(request -> {
            var accepted = request.getHeader("Accept-Language");
            if (accepted == null || accepted.isBlank()) {
                return Locale.ENGLISH;
            }
            try {
                var match = Locale.lookup(Locale.LanguageRange.parse(accepted), Languages.SUPPORTED);
                return match != null ? match : Locale.ENGLISH;
            } catch (IllegalArgumentException malformed) {
                return Locale.ENGLISH;
            }
        });
        return resolver;
    }
}
