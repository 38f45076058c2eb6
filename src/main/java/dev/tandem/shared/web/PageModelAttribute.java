package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Adds an attribute to the model of every page a handler renders, once the handler has run and unless it added one
 * of that name itself. As {@code @ModelAttribute} advice the same was worked out before every handler, API answers,
 * files and redirects included, which render no model (8.5 % of an API request's CPU by JFR, with Spring making a
 * data binder for each such attribute of a page).
 */
public abstract class PageModelAttribute implements HandlerInterceptor {

    private final String name;

    protected PageModelAttribute(String name) {
        this.name = name;
    }

    /** The attribute's value for this request; null leaves it out. */
    protected abstract Object value(HttpServletRequest request);

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView page) {
        if (page == null
                || !page.hasView()
                || page.getView() instanceof RedirectView
                || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))
                || page.getModelMap().containsAttribute(name)) {
            return;
        }
        var value = value(request);
        if (value != null) {
            page.addObject(name, value);
        }
    }
}
