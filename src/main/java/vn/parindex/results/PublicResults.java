package vn.parindex.results;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;

/** Published results for everyone (no login): only frozen revisions, never the live computation. */
@Service
@RequiredArgsConstructor
public class PublicResults {

    private final PublishedRevisionRepository revisions;
    private final Campaigns campaigns;
    private final JdbcTemplate jdbc;

    public record PublishedCampaign(Long campaignId, String organiserName, int year, String name, Instant publishedAt) {
    }

    /** One published revision with its rows, grouped by agency type (in order), and every revision of the campaign. */
    public record Published(Long campaignId, Long organiserId, String organiserName, int year, String campaignName,
                            PublishedRevision revision, List<PublishedRevision> allRevisions,
                            Map<String, List<PublishedRow>> byType) {

        /** The revision's rows grouped by agency type, in their order. */
        static Published of(Campaign campaign, PublishedRevision revision, List<PublishedRevision> all) {
            Map<String, List<PublishedRow>> byType = new LinkedHashMap<>();
            for (PublishedRow row : revision.getRows()) {
                row.getGroups().size();
                byType.computeIfAbsent(row.getAgencyTypeCode(), k -> new java.util.ArrayList<>()).add(row);
            }
            return new Published(campaign.getId(), campaign.getOrganiser().getId(), campaign.getOrganiser().getName(),
                    campaign.getYear(), campaign.getName(), revision, all, byType);
        }
    }

    /** An agency's published result with the index of the latest earlier published year, if any. */
    public record AgencyPage(Published published, PublishedRow row, Integer previousYear, BigDecimal previousIndex) {
        public BigDecimal change() {
            return previousIndex == null ? null : row.getIndexValue().subtract(previousIndex);
        }
    }

    @Transactional(readOnly = true)
    public List<PublishedCampaign> campaigns() {
        return revisions.publishedCampaigns().stream().map(r -> new PublishedCampaign((Long) r[0], (String) r[1],
                ((Number) r[2]).intValue(), (String) r[3], (Instant) r[4])).toList();
    }

    /** The latest revision, or the one asked for; empty if the campaign has none published. */
    @Transactional(readOnly = true)
    public Optional<Published> published(Long campaignId, Integer revisionNumber) {
        List<PublishedRevision> all = revisions.findByCampaignIdOrderByRevisionDesc(campaignId);
        Optional<PublishedRevision> chosen = revisionNumber == null ? all.stream().findFirst()
                : all.stream().filter(r -> r.getRevision() == revisionNumber).findFirst();
        if (chosen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Published.of(campaigns.find(campaignId).orElseThrow(), chosen.get(), all));
    }

    @Transactional(readOnly = true)
    public Optional<AgencyPage> agency(Long campaignId, Long agencyId) {
        return published(campaignId, null).flatMap(published -> published.byType().values().stream()
                .flatMap(List::stream).filter(r -> r.getAgencyId().equals(agencyId)).findFirst()
                .map(row -> {
                    List<Map<String, Object>> earlier = jdbc.queryForList("""
                            select pr.index_value, c.assessment_year from published_row pr
                            join published_revision rv on pr.revision_id = rv.id
                            join campaign c on rv.campaign_id = c.id
                            where pr.agency_id = ? and c.organiser_id = ? and c.assessment_year < ?
                              and rv.revision = (select max(r2.revision) from published_revision r2
                                                 where r2.campaign_id = rv.campaign_id)
                            order by c.assessment_year desc""", agencyId, published.organiserId(), published.year());
                    if (earlier.isEmpty()) {
                        return new AgencyPage(published, row, null, null);
                    }
                    Map<String, Object> previous = earlier.get(0);
                    return new AgencyPage(published, row, ((Number) previous.get("assessment_year")).intValue(),
                            new BigDecimal(previous.get("index_value").toString()));
                }));
    }
}
