package dev.tandem.shared.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.webmvc.actuate.endpoint.web.AbstractWebMvcEndpointHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The actuator's endpoints are looked up after the application's controllers, not before them as Spring Boot orders
 * them. Asked first, the endpoints' mapping tried each endpoint's conditions on every request of the API and the pages
 * and then worked out why none had matched: some 40 % of finding a request's handler (JFR, ratios4). No controller here
 * is mapped under {@code /actuator}, so the endpoints still answer there, after one lookup of the controllers' that
 * finds nothing; static resources and the other mappings still come after both.
 */
class EndpointsAskedLast implements BeanPostProcessor {

    /** Just after the controllers' {@link RequestMappingHandlerMapping}, whose order is 0. */
    static final int ORDER = 1;

    @Override
    public Object postProcessBeforeInitialization(Object bean, String name) {
        if (bean instanceof AbstractWebMvcEndpointHandlerMapping endpoints) {
            endpoints.setOrder(ORDER);
        }
        return bean;
    }
}
