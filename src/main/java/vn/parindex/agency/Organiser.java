package vn.parindex.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * Who runs a campaign: a province, or a district for its communes. Every agency, framework, campaign
 * and user belongs to exactly one organiser; it is the line no query crosses unless meant to.
 */
@Entity
public class Organiser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganiserLevel level;
    @ManyToOne(fetch = FetchType.LAZY)
    private Organiser parent;
    /** The agency whose officials act as organiser (Sở Nội vụ; for a district, its People's Committee). */
    @ManyToOne(fetch = FetchType.LAZY)
    private Agency standingAgency;
    private boolean active = true;
    /** Every user of the organiser logs in with a second factor, whatever their roles. */
    private boolean twoFactorForAllRoles;
    /** The province asks for letters and digits in every new password (beyond length, list and own name). */
    private boolean passwordComposition;

    protected Organiser() {
    }

    public Organiser(String code, String name, OrganiserLevel level, Organiser parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public OrganiserLevel getLevel() { return level; }
    public Organiser getParent() { return parent; }
    public Agency getStandingAgency() { return standingAgency; }
    public void setStandingAgency(Agency standingAgency) { this.standingAgency = standingAgency; }
    public boolean isActive() { return active; }
    public boolean isTwoFactorForAllRoles() { return twoFactorForAllRoles; }
    public void setTwoFactorForAllRoles(boolean twoFactorForAllRoles) { this.twoFactorForAllRoles = twoFactorForAllRoles; }
    public boolean isPasswordComposition() { return passwordComposition; }
    public void setPasswordComposition(boolean passwordComposition) { this.passwordComposition = passwordComposition; }
}
