package dev.tandem.shared.web;

import dev.tandem.shared.Languages;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Paging arguments, and the language: {@code ?lang=ru} switches and a cookie remembers, else Accept-Language. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PagingArgumentResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
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
