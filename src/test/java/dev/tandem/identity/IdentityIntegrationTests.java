package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class IdentityIntegrationTests {

    static final String PASSWORD = "first-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    Logins logins;
    String admin;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        admin = logins.bearer("admin");
    }

    @Test
    void aTokenIsShownOnceListedWithoutItsSecretAndRevocable() throws Exception {
        var issued = managersNewToken("shift report");
        String token = JsonPath.read(issued, "$.token");
        String id = JsonPath.read(issued, "$.id");
        assertThat(token).startsWith("tdm_").hasSizeGreaterThan(40);

        var list = mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'shift report')]").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).doesNotContain(token);

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(jsonPath("$.username").value("manager"))
                .andExpect(jsonPath("$.roles[0]").value("LINE_MANAGER"));

        mvc.perform(delete("/api/v1/tokens/{id}", id).header("Authorization", "Bearer " + token))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTokensUseIsNotedAtMostOnceAMinute() throws Exception {
        var issued = managersNewToken("wall display");
        var token = "Bearer " + JsonPath.<String>read(issued, "$.token");
        String id = JsonPath.read(issued, "$.id");
        var lastUsed = "$[?(@.id == '" + id + "')].lastUsedAt";

        String listed = mvc.perform(get("/api/v1/tokens").header("Authorization", token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> firstUse = JsonPath.read(listed, lastUsed);
        assertThat(firstUse).hasSize(1).doesNotContainNull();

        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tokens").header("Authorization", token))
                .andExpect(jsonPath(lastUsed).value(firstUse));
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() throws Exception {
        var issued = logins.context().getBean(ApiTokens.class).issue("mine", logins.viewer("director"));
        mvc.perform(delete("/api/v1/tokens/{id}", issued.id()).header("Authorization", logins.bearer("hse")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + issued.token()))
                .andExpect(status().isOk());
    }

    @Test
    void repeatedFailedSignInsLockTheAccount() throws Exception {
        var username = newAccount("WORKER");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aLockoutDoesNotThrowOutSomeoneAlreadySignedIn() throws Exception {
        var username = newAccount("WORKER");
        var session = signIn(username);
        var token = logins.bearer(username);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("someone-guessing"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
    }

    @Test
    void aSuccessfulSignInResetsTheFailures() throws Exception {
        var username = newAccount("WORKER");
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void aPasswordIsChangedWithTheCurrentOne() throws Exception {
        var username = newAccount("WORKER");
        mvc.perform(post("/account/password")
                        .with(logins.as(username))
                        .with(csrf())
                        .param("currentPassword", "not-the-password")
                        .param("newPassword", "second-password-2")
                        .param("repeatPassword", "second-password-2"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("password", "currentPassword"));
        mvc.perform(post("/account/password")
                        .with(logins.as(username))
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "short")
                        .param("repeatPassword", "short"))
                .andExpect(model().attributeHasFieldErrors("password", "newPassword"))
                .andExpect(content().string(containsString("A password needs at least 10 characters.")));
        mvc.perform(post("/account/password")
                        .with(logins.as(username))
                        .with(csrf())
                        .param("currentPassword", PASSWORD)
                        .param("newPassword", "second-password-2")
                        .param("repeatPassword", "second-password-2"))
                .andExpect(redirectedUrl("/account?passwordChanged"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(username).password("second-password-2"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void contractorsPeopleCannotBeGivenTheOwnersRoles() throws Exception {
        var person = newPerson(logins.viewer("contractor2").organisationId());
        mvc.perform(post("/api/v1/users")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(account(unique(), person, "LINE_MANAGER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Test
    void anAdministratorGrantsRolesButNeverLocksThemselvesOut() throws Exception {
        var username = newAccount("WORKER");
        var user = logins.viewer(username).userId();
        mvc.perform(put("/api/v1/users/{id}/roles", user)
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\",\"LINE_MANAGER\"],\"enabled\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));

        var self = logins.viewer("admin").userId();
        mvc.perform(put("/api/v1/users/{id}/roles", self)
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\"],\"enabled\":true}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOpenSessionEndsWhenTheAccountIsDisabled() throws Exception {
        var username = newAccount("WORKER");
        var session = signIn(username);
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/{id}/roles", logins.viewer(username).userId())
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\"],\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
    }

    @Test
    void newRolesTakeEffectInAnOpenSession() throws Exception {
        var username = newAccount("WORKER");
        var session = signIn(username);
        mvc.perform(get("/people").session(session)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/users/{id}/roles", logins.viewer(username).userId())
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\",\"LINE_MANAGER\"],\"enabled\":true}"))
                .andExpect(status().isOk());
        mvc.perform(get("/people").session(session)).andExpect(status().isOk());
    }

    @Test
    void aDisabledAccountCannotSignInNorUseItsTokens() throws Exception {
        var username = newAccount("WORKER");
        var token = logins.bearer(username);
        mvc.perform(put("/api/v1/users/{id}/roles", logins.viewer(username).userId())
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\"],\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isUnauthorized());
    }

    /** The manager makes a token through the API; the answer, with the token shown once. */
    private String managersNewToken(String name) throws Exception {
        return mvc.perform(post("/api/v1/tokens")
                        .header("Authorization", logins.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A browser session after signing in through the form. */
    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getRequest()
                .getSession();
    }

    /** Opens an account for a new person of the owner company, through the API as an administrator would. */
    private String newAccount(String role) throws Exception {
        var username = unique();
        var person = newPerson(logins.viewer("admin").organisationId());
        mvc.perform(post("/api/v1/users")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(account(username, person, role)))
                .andExpect(status().isCreated());
        return username;
    }

    private String newPerson(UUID organisation) throws Exception {
        var body = mvc.perform(post("/api/v1/people")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"organisationId\":\"" + organisation + "\",\"fullName\":\"Test " + unique() + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(body, "$.id");
    }

    private static String account(String username, String person, String role) {
        return "{\"username\":\"" + username + "\",\"personId\":\"" + person + "\",\"roles\":[\"" + role
                + "\"],\"password\":\"" + PASSWORD + "\"}";
    }

    private static String unique() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }
}
