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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.parindex.agency.Agency;
import vn.parindex.agency.Organiser;
import vn.parindex.common.SearchText;

@Entity
@Table(name = "app_user")
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String passwordHash;
    private String fullName;
    private String searchText;
    private String email;
    private String phone;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organiser organiser;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Agency agency;
    private String locale = "vi";
    private boolean active = true;
    private boolean mustChangePassword;
    private int failedLogins;
    private Instant lockedUntil;
    /** The confirmed TOTP secret (Base32); null while the account has no second factor. */
    private String totpSecret;
    private Long totpLastStep;
    private Instant totpEnrolledAt;
    /** The last login, the creation, or an administrator enabling the account again: dormancy counts from here. */
    private Instant lastUsedAt = Instant.now();
    /** When the nightly job disabled the account for being unused; null when it was not. */
    private Instant dormantSince;
    private Instant passwordChangedAt = Instant.now();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    @Version
    private long version;

    protected AppUser() {
    }

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

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getPasswordHash() { return passwordHash; }
    public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public Organiser getOrganiser() { return organiser; }
    public Agency getAgency() { return agency; }
    public void setAgency(Agency agency) { this.agency = agency; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public void setMustChangePassword(boolean mustChangePassword) { this.mustChangePassword = mustChangePassword; }
    public int getFailedLogins() { return failedLogins; }
    public void setFailedLogins(int failedLogins) { this.failedLogins = failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public void setLockedUntil(Instant lockedUntil) { this.lockedUntil = lockedUntil; }
    String getTotpSecret() { return totpSecret; }
    public Instant getTotpEnrolledAt() { return totpEnrolledAt; }
    public Instant getLastUsedAt() { return lastUsedAt; }
    public void setLastUsedAt(Instant lastUsedAt) { this.lastUsedAt = lastUsedAt; }
    public Instant getDormantSince() { return dormantSince; }
    public void setDormantSince(Instant dormantSince) { this.dormantSince = dormantSince; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public void setPasswordChangedAt(Instant passwordChangedAt) { this.passwordChangedAt = passwordChangedAt; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public long getVersion() { return version; }
}
