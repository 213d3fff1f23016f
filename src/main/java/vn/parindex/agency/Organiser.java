package vn.parindex.agency;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.common.BaseEntity;

/**
 * Who runs a campaign: a province, or a district for its communes. Every agency, framework, campaign
 * and user belongs to exactly one organiser; it is the line no query crosses unless meant to.
 */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class Organiser extends BaseEntity {

    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganiserLevel level;
    @ManyToOne(fetch = FetchType.LAZY)
    private Organiser parent;
    /** The agency whose officials act as organiser (Sở Nội vụ; for a district, its People's Committee). */
    @ManyToOne(fetch = FetchType.LAZY)
    @Setter private Agency standingAgency;
    private boolean active = true;
    /** Every user of the organiser logs in with a second factor, whatever their roles. */
    @Setter private boolean twoFactorForAllRoles;
    /** The province asks for letters and digits in every new password (beyond length, list and own name). */
    @Setter private boolean passwordComposition;

    public Organiser(String code, String name, OrganiserLevel level, Organiser parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
    }
}
