package vn.parindex.campaign.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.AgencyType;
import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.CampaignNotDraftException;
import vn.parindex.campaign.CampaignNotFoundException;
import vn.parindex.campaign.CampaignRepository;
import vn.parindex.campaign.web.CampaignViews.AgencyGroup;
import vn.parindex.campaign.web.CampaignViews.AgencyOption;
import vn.parindex.campaign.web.CampaignViews.CriterionRow;
import vn.parindex.campaign.web.CampaignViews.FrameworkRef;
import vn.parindex.campaign.web.CampaignViews.Header;
import vn.parindex.campaign.web.CampaignViews.MilestoneRow;
import vn.parindex.campaign.web.CampaignViews.Overview;
import vn.parindex.campaign.web.CampaignViews.ReviewerOption;
import vn.parindex.campaign.web.CampaignViews.ReviewerSection;
import vn.parindex.campaign.web.CampaignViews.Row;
import vn.parindex.campaign.web.CampaignViews.TypeRow;
import vn.parindex.framework.Criterion;
import vn.parindex.framework.FrameworkVersion;
import vn.parindex.framework.FrameworkVersionRepository;

/** Reads campaigns of one organiser into page views and pre-filled forms. */
@Component
@RequiredArgsConstructor
class CampaignReading {

    private final CampaignRepository campaigns;
    private final AgencyRepository agencies;
    private final FrameworkVersionRepository versions;

    @Transactional(readOnly = true)
    public List<Row> list(Long organiserId) {
        return campaigns.findByOrganiserIdOrderByYearDesc(organiserId).stream()
                .map(c -> new Row(c.getId(), c.getYear(), c.getName(), c.getPlanNumber(), c.getPlanDate(),
                        c.getStatus(), c.getAgencies().size()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Overview overview(Long organiserId, Long id) {
        Campaign campaign = find(organiserId, id);
        List<TypeRow> types = new ArrayList<>();
        Map<AgencyType, Long> counts = campaign.getAgencies().stream()
                .collect(Collectors.groupingBy(Agency::getType, Collectors.counting()));
        Set<AgencyType> allTypes = new HashSet<>(counts.keySet());
        allTypes.addAll(campaign.getFrameworks().keySet());
        allTypes.stream().sorted(Comparator.comparingInt(AgencyType::getSortOrder)).forEach(type -> types.add(
                new TypeRow(type, counts.getOrDefault(type, 0L).intValue(),
                        FrameworkRef.of(campaign.getFrameworks().get(type)),
                        (int) campaign.getReviewerAssignments().stream()
                                .filter(a -> a.getAgencyType().equals(type)).count())));
        Campaign copiedFrom = campaign.getCopiedFrom();
        return new Overview(header(campaign), campaign.getPlanNumber(), campaign.getPlanDate(),
                copiedFrom == null ? null : copiedFrom.getId(), copiedFrom == null ? null : copiedFrom.getYear(),
                campaign.timeline().stream()
                        .map(m -> new MilestoneRow(m.getType(), m.isUsed(), m.getWindowStart(), m.getDueDate()))
                        .toList(),
                campaign.getSettings().copy(), types, campaign.getAgencies().size(),
                campaign.getReviewerAssignments().size());
    }

    @Transactional(readOnly = true)
    public Header header(Long organiserId, Long id) {
        return header(find(organiserId, id));
    }

    /** The header of a campaign that may be edited; one past its draft raises the given refusal. */
    @Transactional(readOnly = true)
    public Header draftHeader(Long organiserId, Long id, String refusalCode) {
        Campaign campaign = find(organiserId, id);
        if (!campaign.isDraft()) {
            throw new CampaignNotDraftException(refusalCode, campaign);
        }
        return header(campaign);
    }

    @Transactional(readOnly = true)
    public DetailsForm detailsForm(Long organiserId, Long id) {
        return DetailsForm.of(find(organiserId, id));
    }

    @Transactional(readOnly = true)
    public MilestoneForm milestoneForm(Long organiserId, Long id) {
        return MilestoneForm.of(find(organiserId, id));
    }

    @Transactional(readOnly = true)
    public SettingsForm settingsForm(Long organiserId, Long id) {
        return SettingsForm.of(find(organiserId, id));
    }

    @Transactional(readOnly = true)
    public AgencyForm agencyForm(Long organiserId, Long id) {
        return AgencyForm.of(find(organiserId, id));
    }

    @Transactional(readOnly = true)
    public ReviewerForm reviewerForm(Long organiserId, Long id) {
        return ReviewerForm.of(find(organiserId, id));
    }

    /** The organiser's agencies grouped by type (active ones, and closed ones the campaign still assesses). */
    @Transactional(readOnly = true)
    public List<AgencyGroup> agencyGroups(Long organiserId, Long id) {
        Campaign campaign = find(organiserId, id);
        Map<AgencyType, List<AgencyOption>> byType = new LinkedHashMap<>();
        agencies.findByOrganiserIdOrderByCode(organiserId).stream()
                .filter(a -> a.isActive() || campaign.getAgencies().contains(a))
                .sorted(Comparator.comparingInt((Agency a) -> a.getType().getSortOrder()).thenComparing(Agency::getCode))
                .forEach(a -> byType.computeIfAbsent(a.getType(), t -> new ArrayList<>())
                        .add(new AgencyOption(a.getId(), a.getCode(), a.getName(), a.isActive())));
        List<AgencyGroup> groups = new ArrayList<>();
        byType.forEach((type, options) -> groups.add(new AgencyGroup(type, options,
                versions.findForAgencyType(organiserId, type.getId()).stream().map(FrameworkRef::of).toList())));
        return groups;
    }

    @Transactional(readOnly = true)
    public List<ReviewerOption> reviewerOptions(Long organiserId) {
        return agencies.findByOrganiserIdAndReviewerTrueAndActiveTrueOrderByName(organiserId).stream()
                .map(a -> new ReviewerOption(a.getId(), a.getName())).toList();
    }

    /** Per assessed agency type with a framework: its groups and criteria with their reviewers. */
    @Transactional(readOnly = true)
    public List<ReviewerSection> reviewerSections(Long organiserId, Long id) {
        Campaign campaign = find(organiserId, id);
        List<ReviewerSection> sections = new ArrayList<>();
        campaign.getFrameworks().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getKey().getSortOrder()))
                .forEach(entry -> sections.add(section(campaign, entry.getKey(), entry.getValue())));
        return sections;
    }

    private ReviewerSection section(Campaign campaign, AgencyType type, FrameworkVersion version) {
        List<CriterionRow> rows = new ArrayList<>();
        for (Criterion criterion : version.getCriteria()) {
            if (criterion.depth() > 2) {
                continue;
            }
            Long assigned = campaign.getReviewerAssignments().stream()
                    .filter(a -> a.getAgencyType().equals(type) && a.getCriterionCode().equals(criterion.getCode()))
                    .findFirst().map(a -> a.getReviewerAgency().getId()).orElse(null);
            String effective = campaign.reviewerFor(type, criterion.getCode()).map(Agency::getName).orElse(null);
            rows.add(new CriterionRow(ReviewerForm.key(type.getId(), criterion.getCode()), criterion.getCode(),
                    criterion.getTitle(), criterion.depth(), assigned, effective));
        }
        return new ReviewerSection(type, FrameworkRef.of(version), rows);
    }

    private Campaign find(Long organiserId, Long id) {
        return campaigns.findByIdAndOrganiserId(id, organiserId).orElseThrow(() -> new CampaignNotFoundException(id));
    }

    private static Header header(Campaign campaign) {
        return new Header(campaign.getId(), campaign.getYear(), campaign.getName(), campaign.getStatus(),
                campaign.isDraft(), campaign.getVersion());
    }
}
