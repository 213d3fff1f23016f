package vn.parindex.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * In the session between the right password and the right code: who is logging in, since when. The session is not
 * logged in meanwhile (no security context), so no page opens.
 */
record PendingLogin(Long userId, String username, Instant passwordAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = PendingLogin.class.getName();
    static final Duration VALID = Duration.ofMinutes(10);

    boolean expired() {
        return passwordAt.plus(VALID).isBefore(Instant.now());
    }
}
