package vn.parindex.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

/**
 * TOTP as every authenticator app does it (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps), computed by the
 * dev.samstevens.totp library. A code is accepted for its own step and one step either side (a phone's clock a
 * little off); {@link #SKEW_REPORTED} steps either side are recognised only to tell the user their clock is wrong.
 */
final class Totp {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final int SKEW_ACCEPTED = 1;
    static final int SKEW_REPORTED = 10;

    private static final DefaultCodeGenerator CODES = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    private Totp() {
    }

    /** A new random secret: 32 Base32 characters, 160 bits, as RFC 4226 recommends. */
    static String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    static long step(Instant at) {
        return at.getEpochSecond() / PERIOD_SECONDS;
    }

    static String code(String secret, long step) {
        try {
            return CODES.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code not computed", e);
        }
    }

    /** The step within {@code skew} steps of {@code now} whose code this is, if any. */
    static OptionalLong matchingStep(String secret, String code, Instant now, int skew) {
        long current = step(now);
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        for (int offset = 0; offset <= skew; offset++) {
            for (long step : new long[] {current - offset, current + offset}) {
                if (MessageDigest.isEqual(given, code(secret, step).getBytes(StandardCharsets.US_ASCII))) {
                    return OptionalLong.of(step);
                }
            }
        }
        return OptionalLong.empty();
    }

    /** The otpauth:// address an authenticator app reads from the QR code. */
    static String uri(String issuer, String account, String secret) {
        return new QrData.Builder().issuer(issuer).label(account).secret(secret).algorithm(HashingAlgorithm.SHA1)
                .digits(DIGITS).period(PERIOD_SECONDS).build().getUri();
    }

    static boolean looksLikeCode(String input) {
        return input.length() == DIGITS && input.chars().allMatch(Character::isDigit);
    }
}
