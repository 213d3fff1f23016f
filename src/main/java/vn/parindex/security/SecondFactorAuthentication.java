package vn.parindex.security;

import java.io.Serial;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/** A login that passed both steps; says how the second one passed, for the audit log. */
final class SecondFactorAuthentication extends UsernamePasswordAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String how;

    SecondFactorAuthentication(CurrentUser user, String how) {
        super(user, null, user.getAuthorities());
        this.how = how;
    }

    String how() {
        return how;
    }
}
