package vn.parindex.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** A browser that may skip the code step until it expires: the SHA-256 of the random token in its cookie. */
@Entity
@Table(name = "remembered_device")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class RememberedDevice extends BaseEntity {

    @Getter(AccessLevel.PACKAGE) private Long userId;
    private String tokenHash;
    private Instant createdAt;
    @Getter(AccessLevel.PACKAGE) private Instant expiresAt;

    RememberedDevice(Long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }
}
