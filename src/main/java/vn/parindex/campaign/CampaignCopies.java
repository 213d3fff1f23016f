package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.AgencyType;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkRepository;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;

/**
 * Starts next year's campaign from this year's: the same timeline a year later, the same settings, the
 * agencies still active, the same frameworks (or the new year's published version of a type's framework,
 * if there is one) and the same reviewing departments. The plan's number and date are left for the new plan.
 */
@Service
@RequiredArgsConstructor
public class CampaignCopies {

    private final DraftCampaigns drafts;
    private final CampaignRepository campaigns;
    private final FrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;

    @Transactional
    public Campaign copyToNextYear(Long organiserId, Long sourceId) {
        Campaign source = drafts.find(organiserId, sourceId);
        int year = source.getYear() + 1;
        if (year > CampaignDrafts.MAX_YEAR) {
            throw new InvalidCampaignException(Problem.of(null, "campaign.error.yearRange", String.valueOf(year),
                    String.valueOf(CampaignDrafts.MIN_YEAR), String.valueOf(CampaignDrafts.MAX_YEAR)));
        }
        if (campaigns.findByOrganiserIdAndYear(organiserId, year).isPresent()) {
            throw new InvalidCampaignException(Problem.of(null, "campaign.error.yearTaken", String.valueOf(year)));
        }
        Campaign copy = new Campaign(source.getOrganiser(), year, renamed(source.getName(), source.getYear(), year));
        copy.setCopiedFrom(source);
        copy.setSettings(source.getSettings().copy());
        for (Milestone milestone : source.timeline()) {
            copy.setMilestone(milestone.getType(), nextYear(milestone.getWindowStart()),
                    nextYear(milestone.getDueDate()), milestone.isUsed());
        }
        source.getAgencies().stream().filter(a -> a.isActive()).forEach(copy.getAgencies()::add);
        Set<AgencyType> assessedTypes = copy.getAgencies().stream().map(a -> a.getType()).collect(Collectors.toSet());
        for (Map.Entry<AgencyType, FrameworkVersion> entry : source.getFrameworks().entrySet()) {
            if (assessedTypes.contains(entry.getKey())) {
                copy.getFrameworks().put(entry.getKey(), frameworkFor(organiserId, entry.getKey(), year, entry.getValue()));
            }
        }
        for (ReviewerAssignment assignment : source.getReviewerAssignments()) {
            FrameworkVersion version = copy.getFrameworks().get(assignment.getAgencyType());
            // a department closed since, or a code the new framework no longer has, falls back to the organiser
            if (version != null && assignment.getReviewerAgency().isActive()
                    && hasCode(version, assignment.getCriterionCode())) {
                copy.assignReviewer(assignment.getAgencyType(), assignment.getCriterionCode(),
                        assignment.getReviewerAgency());
            }
        }
        return campaigns.save(copy);
    }

    /** The new year's latest published version of this type's framework if there is one, else the same. */
    private FrameworkVersion frameworkFor(Long organiserId, AgencyType type, int year, FrameworkVersion previous) {
        return frameworks.findByOrganiserIdAndAgencyTypeIdAndYear(organiserId, type.getId(), year)
                .flatMap(framework -> versions.findByFrameworkIdOrderByNumberDesc(framework.getId()).stream()
                        .filter(FrameworkVersion::isPublished).max(Comparator.comparingInt(FrameworkVersion::getNumber)))
                .orElse(previous);
    }

    /** 29/02 becomes 28/02 in a year without it. */
    static LocalDate nextYear(LocalDate date) {
        return date == null ? null : date.plusYears(1);
    }

    static String renamed(String name, int from, int to) {
        return name.replace(String.valueOf(from), String.valueOf(to));
    }

    private static boolean hasCode(FrameworkVersion version, String code) {
        return version.getCriteria().stream().map(Criterion::getCode).anyMatch(code::equals);
    }
}
