package vn.parindex.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.agency.Agency;
import vn.parindex.agency.Organiser;
import vn.parindex.common.BaseEntity;
import vn.parindex.common.SearchText;

@Entity
@Table(name = "app_user")
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class AppUser extends BaseEntity {

    @Getter private String username;
    @Getter @Setter private String passwordHash;
    @Getter @Setter private String fullName;
    private String searchText;
    @Getter @Setter private String email;
    @Getter @Setter private String phone;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Getter private Organiser organiser;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @Getter @Setter private Agency agency;
    @Getter @Setter private String locale = "vi";
    @Getter @Setter private boolean active = true;
    @Getter @Setter private boolean mustChangePassword;
    @Getter @Setter private int failedLogins;
    @Getter @Setter private Instant lockedUntil;
    /** The confirmed TOTP secret (Base32); null while the account has no second factor. */
    @Getter(AccessLevel.PACKAGE) private String totpSecret;
    private Long totpLastStep;
    @Getter private Instant totpEnrolledAt;
    /** The last login, the creation, or an administrator enabling the account again: dormancy counts from here. */
    @Getter @Setter private Instant lastUsedAt = Instant.now();
    /** When the nightly job disabled the account for being unused; null when it was not. */
    @Getter @Setter private Instant dormantSince;
    @Getter @Setter private Instant passwordChangedAt = Instant.now();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @Getter private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Version
    @Getter private long version;

    public AppUser(String username, String fullName, Organiser organiser, Agency agency) {
        this.username = username;
        this.fullName = fullName;
        this.organiser = organiser;
        this.agency = agency;
    }

    @PrePersist
    @PreUpdate
    void foldSearchText() {
        searchText = SearchText.fold(username, fullName, email);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether the account logs in with a second factor (a confirmed authenticator app). */
    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    /** The authenticator is confirmed with a code of the given time step, which can no longer be used. */
    void enrolSecondFactor(String secret, long usedStep, Instant at) {
        totpSecret = secret;
        totpLastStep = usedStep;
        totpEnrolledAt = at;
    }

    void removeSecondFactor() {
        totpSecret = null;
        totpLastStep = null;
        totpEnrolledAt = null;
    }

    public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
}
