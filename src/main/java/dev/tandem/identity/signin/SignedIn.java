package dev.tandem.identity.signin;

import dev.tandem.shared.Viewer;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The principal of a signed-in user or API token: carries the viewer. */
public final class SignedIn implements UserDetails, CredentialsContainer {

    private final Viewer viewer;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final boolean mustChangePassword;

    SignedIn(Viewer viewer, String passwordHash, boolean enabled, boolean locked, boolean mustChangePassword) {
        this.viewer = viewer;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.mustChangePassword = mustChangePassword;
    }

    /** Whether the password is a temporary one from an administrator's reset, to be replaced before anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Viewer viewer() {
        return viewer;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return viewer.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    List<String> roleNames() {
        return viewer.roles().stream().map(Enum::name).sorted().toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return viewer.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
