package vn.parindex.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A browser remembered after a second-factor login skips the code step for
 * {@link TwoFactorSettings#getRememberDeviceDays()} days: its cookie holds 256 random bits, the database only their
 * SHA-256, so a copy of the table opens nothing. A reset or a new authenticator forgets every device of the user.
 */
@Component
@RequiredArgsConstructor
class RememberedDevices {

    static final String COOKIE = "PARINDEX_DEVICE";

    private final RememberedDeviceRepository devices;
    private final TwoFactorSettings settings;
    private final SecureRandom random = new SecureRandom();

    /** Whether this request comes from a browser remembered for this user, still valid. */
    @Transactional(readOnly = true)
    public boolean remembers(HttpServletRequest request, Long userId) {
        if (settings.getRememberDeviceDays() <= 0 || request.getCookies() == null) {
            return false;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName()) && devices.findByTokenHash(hash(cookie.getValue()))
                    .filter(device -> device.getUserId().equals(userId))
                    .filter(device -> device.getExpiresAt().isAfter(Instant.now()))
                    .isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public void remember(Long userId, HttpServletRequest request, HttpServletResponse response) {
        int days = settings.getRememberDeviceDays();
        if (days <= 0) {
            return;
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        devices.deleteExpired(userId, now);
        devices.save(new RememberedDevice(userId, hash(token), now, now.plus(Duration.ofDays(days))));
        response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, token).httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
                .maxAge(Duration.ofDays(days)).build().toString());
    }

    void forgetAll(Long userId) {
        devices.deleteByUser(userId);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
