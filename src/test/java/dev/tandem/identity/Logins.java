package dev.tandem.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import dev.tandem.identity.signin.ApiTokens;
import dev.tandem.identity.signin.SignIn;
import dev.tandem.shared.Viewer;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs tests in as demo users, through the same account lookup a real sign-in uses. */
public final class Logins {

    private final ApplicationContext context;

    public Logins(ApplicationContext context) {
        this.context = context;
    }

    ApplicationContext context() {
        return context;
    }

    public Viewer viewer(String username) {
        return context.getBean(SignIn.class).loadUserByUsername(username).viewer();
    }

    /** A page request made by the given user's session. */
    public RequestPostProcessor as(String username) {
        return user(context.getBean(SignIn.class).loadUserByUsername(username));
    }

    /** A fresh personal API token of the given user. */
    public String token(String username) {
        return context.getBean(ApiTokens.class).issue("test", viewer(username)).token();
    }

    /** The Authorization header value for the given user. */
    public String bearer(String username) {
        return "Bearer " + token(username);
    }
}
