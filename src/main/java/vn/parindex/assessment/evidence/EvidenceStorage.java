package vn.parindex.assessment.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps evidence bytes in a directory outside the web root, under generated names. */
@Component
public class EvidenceStorage {

    private final Path root;

    EvidenceStorage(@Value("${parindex.evidence.dir:./data/evidence}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    /** Writes the bytes under a new generated name and returns that name (the storage key). */
    public String write(byte[] bytes) {
        String key = UUID.randomUUID().toString();
        writeAt(key, bytes);
        return key;
    }

    void writeAt(String key, byte[] bytes) {
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "upload-", ".part");
            Files.write(temp, bytes);
            Files.move(temp, path(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store evidence in " + root, e);
        }
    }

    public boolean exists(String key) {
        return Files.isRegularFile(path(key));
    }

    public Path path(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.getParent().equals(root)) {
            throw new IllegalArgumentException("Bad storage key " + key);
        }
        return file;
    }

    /** Removes a file written by a transaction that then failed. */
    public void discard(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            // an orphan file is harmless; the row that would point at it was never written
        }
    }
}
