package vn.parindex.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

import vn.parindex.common.BaseEntity;

/** One of an account's ten single-use recovery codes, kept as a BCrypt hash; used once, then kept as used. */
@Entity
@Table(name = "recovery_code")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter(AccessLevel.PACKAGE)
class RecoveryCode extends BaseEntity {

    private Long userId;
    private String codeHash;
    private Instant usedAt;

    RecoveryCode(Long userId, String codeHash) {
        this.userId = userId;
        this.codeHash = codeHash;
    }
}
