package dev.tandem.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class WebShellIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "admin",
                "director",
                "hse",
                "manager",
                "worker",
                "contractor1",
                "contractor2",
                "contractor1.worker"
            })
    void everyDemoLoginSeesItsStartPage(String username) throws Exception {
        mvc.perform(get("/").with(logins.as(username)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString(logins.viewer(username).displayName())))
                .andExpect(content().string(not(containsString("Stop unsafe work"))));
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/sites",
                "/sites/new",
                "/sites/{site}",
                "/areas",
                "/areas/new",
                "/areas/{area}",
                "/organisations",
                "/organisations/new",
                "/organisations/{organisation}",
                "/people",
                "/people/new",
                "/people/{person}",
                "/users",
                "/users/new",
                "/users/{user}",
                "/enterprise",
                "/account"
            })
    void everyPageRendersForAnAdministratorInBothLanguages(String page) throws Exception {
        var path = page.replace("{site}", firstId("site"))
                .replace("{area}", firstId("area"))
                .replace("{organisation}", firstId("organisation"))
                .replace("{person}", firstId("person"))
                .replace("{user}", firstId("user_account"));
        mvc.perform(get(path).with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("</html>")));
        mvc.perform(get(path).param("lang", "ru").with(logins.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Панель<")));
    }

    private String firstId(String table) {
        return jdbc.sql("select id::text from " + table + " order by id limit 1")
                .query(String.class)
                .single();
    }

    @Test
    void theNavigationFollowsTheRoles() throws Exception {
        mvc.perform(get("/").with(logins.as("admin")))
                .andExpect(content().string(containsString("href=\"/users\"")))
                .andExpect(content().string(containsString("href=\"/people\"")));
        mvc.perform(get("/").with(logins.as("worker")))
                .andExpect(content().string(not(containsString("href=\"/users\""))))
                .andExpect(content().string(not(containsString("href=\"/people\""))));
    }

    @Test
    void aListKeepsAParameterWithoutAValueInItsLinks() throws Exception {
        mvc.perform(get("/events")
                        .param("q", (String) null)
                        .param("sort", "occurred")
                        .with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&amp;sort=occurred&amp;format=XLSX")));
    }

    @Test
    void theStartPageLeadsToTheFieldFormAndTheDashboard() throws Exception {
        mvc.perform(get("/").with(logins.as("worker")))
                .andExpect(content().string(containsString("Report now")))
                .andExpect(content().string(not(containsString("Open the dashboard"))));
        mvc.perform(get("/").with(logins.as("director")))
                .andExpect(content().string(containsString("Open the dashboard")));
    }

    @Test
    void aLineManagerSeesTheAreasTheyOwn() throws Exception {
        mvc.perform(get("/").with(logins.as("manager")))
                .andExpect(content().string(containsString("My areas")))
                .andExpect(content().string(not(containsString("You own no area yet."))));
    }

    @Test
    void speaksRussianWhenTheBrowserAsksOrThePersonChooses() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "ru-RU,ru;q=0.9,en;q=0.8"))
                .andExpect(content().string(containsString("Войти")));
        mvc.perform(get("/login").param("lang", "ru"))
                .andExpect(cookie().value("tandem-language", "ru"))
                .andExpect(content().string(containsString("Войти")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE"))
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void anUnknownPageShowsTheErrorPageWithoutInternals() throws Exception {
        mvc.perform(get("/no-such-page").with(logins.as("worker"))).andExpect(status().isNotFound());
        mvc.perform(get("/people/{id}", java.util.UUID.randomUUID()).with(logins.as("hse")))
                .andExpect(status().isNotFound());
    }

    @Test
    void signedOutVisitorsAreSentToTheSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void listsArePagedWithTheirFiltersKept() throws Exception {
        mvc.perform(get("/people").param("q", "a").param("size", "5").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("page=1")))
                .andExpect(content().string(containsString("q=a")));
    }
}
