package vn.parindex.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic for the engine REST API without a BCrypt check on every call: a password found right is remembered
 * for a short time, keyed by a keyed hash (HMAC-SHA256, a random key of this JVM) of user name and password, so
 * the cache holds no password. Everything else is checked on every call as before: the account is read from the
 * database, a locked or deactivated account is refused before the password is looked at, and an entry holds only
 * while the account's stored password hash and version are those it was found right with, so a password change,
 * a reset, a lock or any other change of the account ends it at once, on every node. A wrong password is never
 * cached: each one costs its BCrypt check and counts towards the lockout as before.
 */
final class CachedBasicAuthentication extends DaoAuthenticationProvider {

    /** At most this many remembered passwords; beyond, the cache starts afresh. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(String passwordHash, long version, Instant until) {
    }

    private final Map<String, Entry> cache = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    CachedBasicAuthentication(UserDetailsService users, PasswordEncoder encoder, Duration ttl, Clock clock) {
        super(users);
        setPasswordEncoder(encoder);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
        if (authentication.getCredentials() == null || user.getPassword() == null) {
            super.additionalAuthenticationChecks(user, authentication);
            return;
        }
        String id = id(user.getUsername(), authentication.getCredentials().toString());
        long version = user instanceof CurrentUser current ? current.version() : 0;
        Instant now = clock.instant();
        Entry entry = cache.get(id);
        if (entry != null && entry.until().isAfter(now) && entry.version() == version
                && MessageDigest.isEqual(bytes(entry.passwordHash()), bytes(user.getPassword()))) {
            return;
        }
        cache.remove(id);
        super.additionalAuthenticationChecks(user, authentication);
        if (cache.size() >= MAX_ENTRIES) {
            cache.values().removeIf(old -> !old.until().isAfter(now));
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
        }
        cache.put(id, new Entry(user.getPassword(), version, now.plus(ttl)));
    }

    private String id(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(bytes(username));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(bytes(password)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
