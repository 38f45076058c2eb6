package dev.tandem.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Links on pages ({@code @{…}}) are looked up among the static resources only when they name a file: a webjar's
 * address gains its version that way ({@code /webjars/bootstrap/dist/…} → {@code /webjars/bootstrap/5.3.8/dist/…}).
 * Every other link went through the same lookup, which searches the class path once per resource location and finds
 * nothing for a page's address, and whose misses are not cached: the competence matrix page spent some 85 % of its
 * rendering there (JFR), for its people's links, sort headers, pager and menu.
 */
@Component
class PageLinks implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringTemplateEngine engine) {
            engine.setLinkBuilder(new Builder());
        }
        return bean;
    }

    static final class Builder extends StandardLinkBuilder {
        @Override
        protected String processLink(IExpressionContext context, String link) {
            return namesAFile(link) ? super.processLink(context, link) : link;
        }
    }

    /** Whether the link's last path segment has an extension, as a stylesheet's, a script's or a picture's has. */
    static boolean namesAFile(String link) {
        int end = link.length();
        for (int i = 0; i < link.length(); i++) {
            char c = link.charAt(i);
            if (c == '?' || c == '#' || c == ';') {
                end = i;
                break;
            }
        }
        int slash = link.lastIndexOf('/', end - 1);
        int dot = link.lastIndexOf('.', end - 1);
        return dot > slash;
    }
}
