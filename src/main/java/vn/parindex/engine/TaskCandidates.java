package vn.parindex.engine;

import java.util.LinkedHashSet;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.campaign.Campaigns;
import vn.parindex.security.CandidateGroups;

/** The candidate groups the BPMN files offer tasks to: ${candidates.officers(agencyId)} and so on. */
@Component("candidates")
@RequiredArgsConstructor
public class TaskCandidates {

    private final AgencyRepository agencies;
    private final Campaigns campaigns;
    private final EngineIdentity identity;

    public String officers(Long agencyId) {
        return CandidateGroups.officers(code(agencyId));
    }

    /**
     * The agency's head; an agency without a head account (a commune with only its officer) also offers the
     * sign-off to its organiser, who decides instead of the task waiting for nobody.
     */
    @Transactional(readOnly = true)
    public String head(Long agencyId) {
        Agency agency = agencies.findById(agencyId).orElseThrow();
        String head = CandidateGroups.head(agency.getCode());
        if (hasMembers(head)) {
            return head;
        }
        return head + "," + CandidateGroups.organiser(agency.getOrganiser().getCode());
    }

    /** Whether anyone could take a task offered to this group (used to warn before a launch). */
    public boolean hasMembers(String group) {
        return !identity.membersOf(group).isEmpty();
    }

    /** A reviewing department; the organiser's own standing body also takes what no department was assigned. */
    @Transactional(readOnly = true)
    public String reviewer(Long campaignId, Long reviewerId) {
        Set<String> groups = new LinkedHashSet<>();
        groups.add(CandidateGroups.reviewer(code(reviewerId)));
        Organiser organiser = organiserOf(campaignId);
        if (organiser.getStandingAgency() != null && organiser.getStandingAgency().getId().equals(reviewerId)) {
            groups.add(CandidateGroups.organiser(organiser.getCode()));
        }
        return String.join(",", groups);
    }

    public String organiser(Long campaignId) {
        return CandidateGroups.organiser(organiserOf(campaignId).getCode());
    }

    public String council(Long campaignId) {
        return CandidateGroups.council(organiserOf(campaignId).getCode());
    }

    public String chairman(Long campaignId) {
        return CandidateGroups.chairman(organiserOf(campaignId).getCode());
    }

    private Organiser organiserOf(Long campaignId) {
        return campaigns.find(campaignId).orElseThrow().getOrganiser();
    }

    private String code(Long agencyId) {
        return agencies.findById(agencyId).map(Agency::getCode).orElseThrow();
    }
}
