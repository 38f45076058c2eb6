package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.springframework.test.web.servlet.MockMvc;

/** Administrators reset forgotten passwords and lift lockouts through the API, as on the user's page. */
@TandemIntegrationTest
class AccountApiIntegrationTests {

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
    void anAdministratorResetsAPasswordAndItsHolderSignsInWithTheTemporaryOne() throws Exception {
        var username = newAccount();
        var id = logins.viewer(username).userId();

        var answer = mvc.perform(post("/api/v1/users/{id}/password-reset", id)
                        .header("Authorization", admin)
                        .header("If-Match", "*"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String temporary = JsonPath.read(answer, "$.temporaryPassword");

        assertThat(temporary).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user(username).password(temporary))
                .andExpect(status().is3xxRedirection())
                .andExpect(result ->
                        assertThat(result.getResponse().getRedirectedUrl()).isNotEqualTo("/login?error"));
    }

    @Test
    void anAdministratorUnlocksALockedAccount() throws Exception {
        var username = newAccount();
        var id = logins.viewer(username).userId();
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("wrong-password"));
        }
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        mvc.perform(post("/api/v1/users/{id}/unlock", id)
                        .header("Authorization", admin)
                        .header("If-Match", "*"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(header().exists("ETag"));

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void onlyAnAdministratorMayAndAnUnknownAccountOrAMissingIfMatchIsAProblem() throws Exception {
        var username = newAccount();
        var id = logins.viewer(username).userId();
        for (var action : List.of("password-reset", "unlock")) {
            for (var someone : List.of("hse", "director", "manager", "contractor1", "contractor1.worker")) {
                mvc.perform(post("/api/v1/users/{id}/" + action, id)
                                .header("Authorization", logins.bearer(someone))
                                .header("If-Match", "*"))
                        .andExpect(status().isForbidden())
                        .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
            }
            mvc.perform(post("/api/v1/users/{id}/" + action, UUID.randomUUID())
                            .header("Authorization", admin)
                            .header("If-Match", "*"))
                    .andExpect(status().isNotFound())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
            mvc.perform(post("/api/v1/users/{id}/" + action, id).header("Authorization", admin))
                    .andExpect(status().isPreconditionRequired())
                    .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        }
        mvc.perform(post("/api/v1/users/{id}/password-reset", id)
                        .header("Authorization", admin)
                        .header("If-Match", "\"999\""))
                .andExpect(status().isPreconditionFailed());
        // nothing refused changed the password
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    /** Opens an account for a new person of the owner company, through the API as an administrator would. */
    private String newAccount() throws Exception {
        var username = "u" + UUID.randomUUID().toString().substring(0, 8);
        var person = mvc.perform(post("/api/v1/people")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organisationId\":\""
                                + logins.viewer("admin").organisationId() + "\",\"fullName\":\"Test " + username
                                + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(post("/api/v1/users")
                        .header("Authorization", admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"personId\":\"" + JsonPath.read(person, "$.id")
                                + "\",\"roles\":[\"WORKER\"],\"password\":\"" + PASSWORD + "\"}"))
                .andExpect(status().isCreated());
        return username;
    }
}
