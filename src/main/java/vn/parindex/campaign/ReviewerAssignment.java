package vn.parindex.campaign;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyType;
import vn.parindex.common.BaseEntity;

/**
 * Which reviewing department appraises a group or single criterion (by code) of the framework used for
 * one agency type in a campaign. Whatever is left unassigned is appraised by the organiser.
 */
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@Getter
public class ReviewerAssignment extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Campaign campaign;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private AgencyType agencyType;
    private String criterionCode;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @Setter private Agency reviewerAgency;

    ReviewerAssignment(Campaign campaign, AgencyType agencyType, String criterionCode, Agency reviewerAgency) {
        this.campaign = campaign;
        this.agencyType = agencyType;
        this.criterionCode = criterionCode;
        this.reviewerAgency = reviewerAgency;
    }

    /** Whether this assignment covers the node with the given code (itself or a descendant). */
    public boolean covers(String code) {
        return code.equals(criterionCode) || code.startsWith(criterionCode + ".");
    }
}
