package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.signin.ApiTokens;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.test.web.servlet.MockMvc;

@TandemIntegrationTest
class IdentityIntegrationTests {

    static final String PASSWORD = "first-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

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
    void repeatedFailedSignInsLockTheAccountAndSayNoMoreThanAWrongPassword() throws Exception {
        var username = newAccount("WORKER");
        var unknown = mvc.perform(formLogin("/login").user("nobody-" + unique()).password(PASSWORD))
                .andReturn()
                .getResponse();
        var locked = new ArrayList<SignInLocked>();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof SignInLocked lock) {
                locked.add(lock);
            }
        };
        var application = (ConfigurableApplicationContext) context;
        application.addApplicationListener(listener);
        try {
            for (int attempt = 0; attempt < 5; attempt++) {
                mvc.perform(formLogin("/login").user(username).password("wrong-password"))
                        .andExpect(redirectedUrl("/login?error"));
            }
            var rightButLocked = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                    .andExpect(redirectedUrl("/login?error"))
                    .andReturn()
                    .getResponse();
            assertThat(rightButLocked.getContentAsString()).isEqualTo(unknown.getContentAsString());
            assertThat(rightButLocked.getHeaderNames()).isEqualTo(unknown.getHeaderNames());
        } finally {
            application.removeApplicationListener(listener);
        }
        assertThat(locked).singleElement().satisfies(event -> assertThat(event.username())
                .isEqualTo(username));
    }

    /** 24 guesses at once: the count is taken before any password is compared, so only 5 are compared at all. */
    @Test
    void simultaneousGuessesCannotOutrunTheLockout() throws Exception {
        var username = newAccount("WORKER");
        var compared = new AtomicInteger();
        ApplicationListener<ApplicationEvent> listener = event -> {
            if (event instanceof AuthenticationFailureBadCredentialsEvent failure
                    && username.equals(failure.getAuthentication().getName())) {
                compared.incrementAndGet();
            }
        };
        var application = (ConfigurableApplicationContext) context;
        application.addApplicationListener(listener);
        var start = new CountDownLatch(1);
        var guesses = Executors.newFixedThreadPool(24);
        try {
            var answers = new ArrayList<Future<String>>();
            for (int guess = 0; guess < 24; guess++) {
                var password = "guess-" + guess;
                answers.add(guesses.submit(() -> {
                    start.await();
                    return mvc.perform(formLogin("/login").user(username).password(password))
                            .andReturn()
                            .getResponse()
                            .getRedirectedUrl();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo("/login?error");
            }
        } finally {
            guesses.shutdown();
            application.removeApplicationListener(listener);
        }
        assertThat(compared).as("passwords compared").hasValueLessThanOrEqualTo(5);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aLockoutDoesNotThrowOutSomeoneAlreadySignedIn() throws Exception {
        var username = newAccount("WORKER");
        var session = signIn(username);
        var token = logins.bearer(username);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("someone-guessing"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
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
                        .header("If-Match", "*")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\",\"LINE_MANAGER\"],\"enabled\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles.length()").value(2));

        var self = logins.viewer("admin").userId();
        mvc.perform(put("/api/v1/users/{id}/roles", self)
                        .header("If-Match", "*")
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
                        .header("If-Match", "*")
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
                        .header("If-Match", "*")
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
        // used just before, so that this node holds it signed in
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/{id}/roles", logins.viewer(username).userId())
                        .header("If-Match", "*")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\"],\"enabled\":false}"))
                .andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenActsAsItsPersonInTheirOrganisationAsAPasswordSignInDoesUntilThePersonIsVoided() throws Exception {
        for (var username : List.of("manager", "contractor1")) {
            var viewer = logins.viewer(username);
            mvc.perform(get("/api/v1/me").header("Authorization", logins.bearer(username)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.userId").value(viewer.userId().toString()))
                    .andExpect(jsonPath("$.displayName").value(viewer.displayName()))
                    .andExpect(jsonPath("$.personId").value(viewer.personId().toString()))
                    .andExpect(jsonPath("$.organisationId")
                            .value(viewer.organisationId().toString()))
                    .andExpect(jsonPath("$.contractor").value(viewer.contractor()))
                    .andExpect(
                            viewer.siteId() == null
                                    ? jsonPath("$.siteId", org.hamcrest.Matchers.nullValue())
                                    : jsonPath("$.siteId").value(viewer.siteId().toString()))
                    .andExpect(jsonPath("$.roles.length()").value(viewer.roles().size()));
        }
        assertThat(logins.viewer("contractor1").contractor()).isTrue();

        var username = newAccount("WORKER");
        var token = logins.bearer(username);
        mvc.perform(get("/api/v1/me").header("Authorization", token)).andExpect(status().isOk());
        // the register refuses to void a person who can sign in; a person voided all the same (by hand, in the
        // database, as another node would) no longer signs in, as an account of a voided organisation would not,
        // once this node reads the token again: within tandem.identity.token-recheck-after (5 s)
        jdbc.sql("update person set voided_at = now(), voided_reason = 'test' where id = :id")
                .param("id", logins.viewer(username).personId())
                .update();
        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> mvc.perform(get("/api/v1/me").header("Authorization", token))
                        .andExpect(status().isUnauthorized()));
    }

    /** A token used a moment ago acts with the roles and the person's details as they are now, not as it was read. */
    @Test
    void aTokensNewRolesAndItsPersonsNewSiteApplyToItsVeryNextRequest() throws Exception {
        var username = newAccount("WORKER");
        var token = logins.bearer(username);
        var viewer = logins.viewer(username);
        mvc.perform(get("/api/v1/me").header("Authorization", token))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.siteId", org.hamcrest.Matchers.nullValue()));

        mvc.perform(put("/api/v1/users/{id}/roles", viewer.userId())
                        .header("If-Match", "*")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roles\":[\"WORKER\",\"LINE_MANAGER\"],\"enabled\":true}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", token))
                .andExpect(jsonPath("$.roles.length()").value(2));

        var site = jdbc.sql("select id from site where code = 'UMW'")
                .query(UUID.class)
                .single();
        mvc.perform(put("/api/v1/people/{id}", viewer.personId())
                        .header("If-Match", "*")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\"" + viewer.organisationId() + "\",\"fullName\":\""
                                + viewer.displayName() + "\",\"siteId\":\"" + site + "\"}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").header("Authorization", token))
                .andExpect(jsonPath("$.siteId").value(site.toString()));
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

    @Test
    void anAdministratorResetsAForgottenPasswordToATemporaryOneThatMustBeReplacedAtSignIn() throws Exception {
        var username = newAccount("WORKER");
        var id = accountId(username);

        var temporary = (String) mvc.perform(post("/users/{id}/password-reset", id)
                        .with(logins.as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users/" + id))
                .andExpect(flash().attributeExists("temporaryPassword"))
                .andReturn()
                .getFlashMap()
                .get("temporaryPassword");
        assertThat(temporary).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
        mvc.perform(get("/users/{id}", id).with(logins.as("admin")).flashAttr("temporaryPassword", temporary))
                .andExpect(content().string(containsString(temporary)));
        mvc.perform(get("/users/{id}", id).with(logins.as("admin")))
                .andExpect(content().string(not(containsString(temporary))));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        var session =
                (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(temporary))
                        .andReturn()
                        .getRequest()
                        .getSession();
        for (var page : List.of("/", "/events", "/report")) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account?mustChangePassword"));
        }
        mvc.perform(get("/account?mustChangePassword&lang=en").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You signed in with a temporary password.")));
        mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", temporary)
                        .param("newPassword", "my-own-password-3")
                        .param("repeatPassword", "my-own-password-3"))
                .andExpect(redirectedUrl("/account?passwordChanged"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(formLogin("/login").user(username).password("my-own-password-3"))
                .andExpect(redirectedUrl("/"));

        assertThat(changesBy(id, "admin"))
                .anySatisfy(changes ->
                        assertThat(changes).contains("mustChangePassword").doesNotContain(temporary));
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        var username = newAccount("WORKER");
        var id = accountId(username);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password"));
        }
        mvc.perform(get("/users/{id}?lang=en", id).with(logins.as("admin")))
                .andExpect(content().string(containsString("Locked after too many failed sign-ins.")));

        mvc.perform(post("/users/{id}/unlock", id).with(logins.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/users/" + id + "?unlocked"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(changesBy(id, "admin")).singleElement().satisfies(changes -> assertThat(changes)
                .contains("lockedUntil"));
        mvc.perform(post("/users/{id}/unlock", id).with(logins.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/users/" + id + "?unlocked"));
        assertThat(changesBy(id, "admin"))
                .as("unlocking an unlocked account changes nothing")
                .hasSize(1);
    }

    @Test
    void onlyAnAdministratorResetsPasswordsOrUnlocksAccounts() throws Exception {
        var username = newAccount("WORKER");
        var id = accountId(username);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password"));
        }
        for (var someone : List.of("hse", "director", "manager", "contractor1", "contractor1.worker")) {
            mvc.perform(post("/users/{id}/password-reset", id)
                            .with(logins.as(someone))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/users/{id}/unlock", id).with(logins.as(someone)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        assertThat(changesBy(id, "admin")).isEmpty();
        assertThat(jdbc.sql("select must_change_password from user_account where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isFalse();
    }

    private UUID accountId(String username) {
        return jdbc.sql("select id from user_account where username = :u")
                .param("u", username)
                .query(UUID.class)
                .single();
    }

    /** The changes an account's history lists as made by the given user after it was opened. */
    private List<String> changesBy(UUID account, String username) {
        return jdbc.sql(
                        """
                        select h.changes::text from history_entry h join user_account u on u.id = h.changed_by
                        where h.record_id = :id and h.kind = 'UPDATED' and u.username = :by""")
                .param("id", account)
                .param("by", username)
                .query(String.class)
                .list();
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
