package vn.parindex.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;

/** Sets which reviewing department appraises a group or criterion, per agency type, in a draft campaign. */
@Service
@RequiredArgsConstructor
public class ReviewerChoices {

    /** A reviewing department (null: the organiser, or what the group has) for a node of a type's framework. */
    public record Choice(Long agencyTypeId, String criterionCode, Long reviewerAgencyId) {

        public String field() {
            return "reviewers['" + agencyTypeId + "/" + criterionCode + "']";
        }
    }

    private final DraftCampaigns drafts;
    private final AgencyRepository agencies;

    @Transactional
    public Campaign assign(Long organiserId, Long campaignId, long version, List<Choice> choices) {
        Campaign campaign = drafts.openDraft(organiserId, campaignId, version);
        List<Problem> problems = new ArrayList<>();
        List<Runnable> changes = new ArrayList<>();
        for (Choice choice : choices) {
            Optional<Map.Entry<AgencyType, FrameworkVersion>> framework = campaign.getFrameworks().entrySet().stream()
                    .filter(e -> e.getKey().getId().equals(choice.agencyTypeId())).findFirst();
            if (framework.isEmpty() || !hasCode(framework.get().getValue(), choice.criterionCode())) {
                problems.add(Problem.of(choice.field(), "campaign.error.criterionUnknown", choice.criterionCode()));
                continue;
            }
            AgencyType type = framework.get().getKey();
            if (choice.reviewerAgencyId() == null) {
                changes.add(() -> campaign.unassignReviewer(type, choice.criterionCode()));
                continue;
            }
            Agency reviewer = agencies.findByIdAndOrganiserId(choice.reviewerAgencyId(), organiserId)
                    .filter(a -> a.isReviewer() && a.isActive()).orElse(null);
            if (reviewer == null) {
                problems.add(Problem.of(choice.field(), "campaign.error.reviewerUnknown", choice.criterionCode()));
            } else {
                changes.add(() -> campaign.assignReviewer(type, choice.criterionCode(), reviewer));
            }
        }
        InvalidCampaignException.throwIfAny(problems);
        changes.forEach(Runnable::run);
        return campaign;
    }

    private static boolean hasCode(FrameworkVersion version, String code) {
        return version.getCriteria().stream().map(Criterion::getCode).anyMatch(c -> c.equals(code));
    }
}
