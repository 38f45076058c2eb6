package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.IWebRequest;

class PageLinksTests {

    private final IWebExchange exchange = mock(IWebExchange.class);
    private final IExpressionContext context =
            mock(IExpressionContext.class, withSettings().extraInterfaces(IWebContext.class));
    private final PageLinks.Builder links = new PageLinks.Builder();

    PageLinksTests() {
        var request = mock(IWebRequest.class);
        when(request.getApplicationPath()).thenReturn("");
        when(exchange.getRequest()).thenReturn(request);
        when(exchange.transformURL(anyString())).thenAnswer(call -> "/versioned" + call.getArgument(0));
        when(((IWebContext) context).getExchange()).thenReturn(exchange);
    }

    @Test
    void aPagesAddressIsNotLookedUpAmongTheStaticResources() {
        assertThat(links.buildLink(context, "/training/people/{id}", Map.of("id", "6bd40240", "sort", "name.desc")))
                .isEqualTo("/training/people/6bd40240?sort=name.desc");
        assertThat(links.buildLink(context, "/risks", Map.of("siteId", "a.b"))).isEqualTo("/risks?siteId=a.b");
        assertThat(links.buildLink(context, "/", Map.of())).isEqualTo("/");
        verify(exchange, never()).transformURL(anyString());
    }

    @Test
    void aFilesAddressIsLookedUpSoThatAWebjarGainsItsVersion() {
        assertThat(links.buildLink(context, "/webjars/bootstrap/dist/css/bootstrap.min.css", Map.of()))
                .isEqualTo("/versioned/webjars/bootstrap/dist/css/bootstrap.min.css");
        assertThat(links.buildLink(context, "/training/export.xlsx", Map.of("siteId", "x")))
                .isEqualTo("/versioned/training/export.xlsx?siteId=x");
    }
}
