package vn.parindex.campaign.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.ReviewerChoices;

/**
 * The reviewing department per "agencyTypeId/criterionCode" (an agency id, or empty for the organiser or,
 * for a criterion, whatever its group has).
 */
@Setter
public class ReviewerForm {

    @Getter private Map<String, String> reviewers = new LinkedHashMap<>();
    @Getter private long version;

    static String key(Long agencyTypeId, String code) {
        return agencyTypeId + "/" + code;
    }

    static ReviewerForm of(Campaign campaign) {
        ReviewerForm form = new ReviewerForm();
        campaign.getReviewerAssignments().forEach(a -> form.reviewers.put(
                key(a.getAgencyType().getId(), a.getCriterionCode()), String.valueOf(a.getReviewerAgency().getId())));
        form.version = campaign.getVersion();
        return form;
    }

    /** The choices sent; a key or value that does not parse becomes a choice the service refuses. */
    List<ReviewerChoices.Choice> choices() {
        List<ReviewerChoices.Choice> choices = new ArrayList<>();
        reviewers.forEach((key, value) -> {
            int slash = key.indexOf('/');
            Long typeId = slash > 0 ? parse(key.substring(0, slash)) : null;
            String code = slash > 0 ? key.substring(slash + 1) : key;
            boolean none = value == null || value.isBlank();
            Long agencyId = none ? null : parse(value);
            // a boxed -1: "cond ? -1L : agencyId" would unbox a null agencyId (an empty choice) and throw
            Long reviewer = !none && agencyId == null ? Long.valueOf(-1L) : agencyId;
            choices.add(new ReviewerChoices.Choice(typeId == null ? -1L : typeId, code, reviewer));
        });
        return choices;
    }

    private static Long parse(String text) {
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
