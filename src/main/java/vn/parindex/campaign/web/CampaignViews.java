package vn.parindex.campaign.web;

import java.time.LocalDate;
import java.util.List;

import vn.parindex.agency.AgencyType;
import vn.parindex.campaign.CampaignSettings;
import vn.parindex.campaign.CampaignStatus;
import vn.parindex.campaign.MilestoneType;
import vn.parindex.framework.FrameworkVersion;

/** What the campaign pages show, read inside a transaction so the templates touch no lazy entity. */
final class CampaignViews {

    private CampaignViews() {
    }

    record Row(Long id, int year, String name, String planNumber, LocalDate planDate, CampaignStatus status,
               int agencyCount) {
    }

    record Header(Long id, int year, String name, CampaignStatus status, boolean draft, long version) {
    }

    record MilestoneRow(MilestoneType type, boolean used, LocalDate windowStart, LocalDate dueDate) {
    }

    record FrameworkRef(Long id, String name, int year, int number, boolean published) {

        static FrameworkRef of(FrameworkVersion version) {
            return version == null ? null : new FrameworkRef(version.getId(), version.getFramework().getName(),
                    version.getFramework().getYear(), version.getNumber(), version.isPublished());
        }
    }

    record TypeRow(AgencyType type, int agencyCount, FrameworkRef framework, int reviewerCount) {
    }

    record Overview(Header header, String planNumber, LocalDate planDate, Long copiedFromId, Integer copiedFromYear,
                    List<MilestoneRow> timeline, CampaignSettings settings, List<TypeRow> types, int agencyCount,
                    int reviewerCount) {
    }

    record AgencyOption(Long id, String code, String name, boolean active) {
    }

    record AgencyGroup(AgencyType type, List<AgencyOption> agencies, List<FrameworkRef> frameworks) {
    }

    record ReviewerOption(Long id, String name) {
    }

    /**
     * A group (depth 1) or criterion (depth 2). assignedId is its own assignment (null: none); effective is
     * who appraises it now, following the group's assignment (null: the organiser).
     */
    record CriterionRow(String key, String code, String title, int depth, Long assignedId, String effective) {
    }

    record ReviewerSection(AgencyType type, FrameworkRef framework, List<CriterionRow> rows) {
    }
}
