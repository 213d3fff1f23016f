package vn.parindex.assessment.evidence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A file's bytes, stored once under a generated name and known by their SHA-256. */
@Entity
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String sha256;
    private long sizeBytes;
    private String contentType;
    private String storageKey;
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String sha256, long sizeBytes, String contentType, String storageKey, Instant createdAt) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.contentType = contentType;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }
    public String getContentType() { return contentType; }
    public String getStorageKey() { return storageKey; }
    public Instant getCreatedAt() { return createdAt; }
}
