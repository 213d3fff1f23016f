package vn.parindex.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The SHA-256 of an audit line: every field (each with its length, so no two lines read alike) and the time and
 * hash of the line before it. The migration that sealed the lines written before the chain existed uses it too.
 */
public final class AuditHash {

    /** The "previous hash" of the first line ever written. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditEvent e) {
        return of(e.getOccurredAt(), e.getKind().name(), e.getUsername(), e.getOrganiserId(), e.getIpAddress(),
                e.getUserAgent(), e.getHttpMethod(), e.getPath(), e.getDetail(), e.getPrevOccurredAt(),
                e.getPrevHash());
    }

    public static String of(Instant occurredAt, String kind, String username, Long organiserId, String ipAddress,
                            String userAgent, String httpMethod, String path, String detail, Instant prevOccurredAt,
                            String prevHash) {
        StringBuilder text = new StringBuilder();
        for (Object field : new Object[]{micros(occurredAt), kind, username, organiserId, ipAddress, userAgent,
                httpMethod, path, detail, micros(prevOccurredAt), prevHash}) {
            String value = field == null ? null : field.toString();
            text.append(value == null ? "-" : value.length() + ":" + value).append('|');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Long micros(Instant instant) {
        return instant == null ? null : instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1_000;
    }
}
