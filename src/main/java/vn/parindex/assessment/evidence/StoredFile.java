package vn.parindex.assessment.evidence;

import java.time.Instant;

import jakarta.persistence.Entity;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** A file's bytes, stored once under a generated name and known by their SHA-256. */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class StoredFile extends BaseEntity {

    private String sha256;
    private long sizeBytes;
    private String contentType;
    private String storageKey;
    private Instant createdAt;

    public StoredFile(String sha256, long sizeBytes, String contentType, String storageKey, Instant createdAt) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.contentType = contentType;
        this.storageKey = storageKey;
        this.createdAt = createdAt;
    }
}
