package dev.tandem.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links to static resources (WebJars) are resolved to their versioned addresses on pages only. Spring Boot's filter
 * wrapped the request and the response of every request for it, the API's too, whose JSON has no such link (its PDF
 * reports are laid out from a template without the request).
 */
class PageResourceLinks extends ResourceUrlEncodingFilter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && ProblemResponses.isApi(http)) {
            chain.doFilter(request, response);
        } else {
            super.doFilter(request, response, chain);
        }
    }
}
