package vn.parindex.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.campaign.Campaign;
import vn.parindex.campaign.Campaigns;
import vn.parindex.framework.scoring.NodeScore;
import vn.parindex.framework.scoring.ScoreKind;

/**
 * An organiser's published years side by side: every year's latest published revision (index, rank, class and the
 * groups' sub-indices, as the public pages show them) and, from the same computation as the results page, the
 * criteria on which the agencies lost most points (applicable maximum − points, summed over the agencies).
 */
@Service
@RequiredArgsConstructor
public class ResultYears {

    /** How many criteria the "most often lost" table lists. */
    public static final int MOST_LOST = 10;

    private final Campaigns campaigns;
    private final PublishedRevisionRepository revisions;
    private final CampaignResults results;

    /** One published year of one agency; {@code groups} maps a group code to its sub-index (null: not applicable). */
    public record AgencyYear(int year, Long campaignId, BigDecimal index, Integer rank, int rankedOf,
                             String classLabel, Map<String, BigDecimal> groups) {
    }

    /** An agency's published years, oldest first, and the titles of the groups met in them. */
    public record AgencyView(String agencyName, List<AgencyYear> years, Map<String, String> groupTitles) {
        public BigDecimal groupIndex(AgencyYear year, String code) {
            return year.groups().get(code);
        }
    }

    /** One class: how many agencies got it, per year (in the order of {@link ProvinceView#years()}). */
    public record ClassCount(String label, List<Integer> perYear) {
    }

    /** One criterion of one agency type: the points lost over its agencies, per year, and in all. */
    public record Lost(String typeNameVi, String typeNameEn, String code, String title, List<BigDecimal> perYear,
                       BigDecimal total) {
        public String typeName(java.util.Locale locale) {
            return "en".equals(locale.getLanguage()) ? typeNameEn : typeNameVi;
        }
    }

    /** One agency's index and class per year (null where it was not assessed). */
    public record AgencyLine(Long agencyId, String agencyName, List<BigDecimal> indices, List<String> classes) {
    }

    public record ProvinceView(List<Integer> years, List<Integer> assessed, List<ClassCount> classes,
                               List<Lost> mostLost, List<AgencyLine> agencies) {
    }

    private record Year(Campaign campaign, PublishedRevision revision) {
    }

    @Transactional(readOnly = true)
    public AgencyView agency(Long organiserId, Long agencyId, String agencyName) {
        List<AgencyYear> years = new ArrayList<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Year year : published(organiserId)) {
            List<PublishedRow> rows = year.revision().getRows();
            Optional<PublishedRow> mine = rows.stream().filter(r -> r.getAgencyId().equals(agencyId)).findFirst();
            mine.ifPresent(row -> {
                Map<String, BigDecimal> groups = new LinkedHashMap<>();
                for (PublishedGroup group : row.getGroups()) {
                    groups.put(group.getCode(), group.getSubIndex());
                    titles.put(group.getCode(), group.getTitle());
                }
                int rankedOf = (int) rows.stream().filter(r -> r.getAgencyTypeCode().equals(row.getAgencyTypeCode())
                        && r.getRank() != null).count();
                years.add(new AgencyYear(year.campaign().getYear(), year.campaign().getId(), row.getIndexValue(),
                        row.getRank(), rankedOf, row.getClassLabel(), groups));
            });
        }
        return new AgencyView(agencyName, years, titles);
    }

    @Transactional(readOnly = true)
    public ProvinceView province(Long organiserId) {
        List<Year> published = published(organiserId);
        List<Integer> years = published.stream().map(y -> y.campaign().getYear()).toList();
        List<Integer> assessed = published.stream().map(y -> y.revision().getRows().size()).toList();
        return new ProvinceView(years, assessed, classes(published), mostLost(published), agencies(published));
    }

    /** Every class met, best first (by the highest index that got it), with its count per year. */
    private static List<ClassCount> classes(List<Year> published) {
        Map<String, BigDecimal> best = new HashMap<>();
        for (Year year : published) {
            for (PublishedRow row : year.revision().getRows()) {
                best.merge(label(row), row.getIndexValue(), BigDecimal::max);
            }
        }
        return best.keySet().stream().sorted(Comparator.comparing(best::get).reversed())
                .map(label -> new ClassCount(label, published.stream().map(year -> (int) year.revision().getRows()
                        .stream().filter(r -> label.equals(label(r))).count()).toList()))
                .toList();
    }

    private static String label(PublishedRow row) {
        return row.getClassLabel() == null ? "—" : row.getClassLabel();
    }

    /** The criteria (the nodes right under a group) with the most points lost over all the years. */
    private List<Lost> mostLost(List<Year> published) {
        Map<String, BigDecimal[]> lost = new LinkedHashMap<>();
        Map<String, String[]> names = new HashMap<>();
        for (int y = 0; y < published.size(); y++) {
            for (AgencyResult agency : results.compute(published.get(y).campaign()).agencies()) {
                Set<Long> groups = agency.index().groups().stream().map(g -> g.node().id()).collect(Collectors.toSet());
                for (NodeScore node : agency.index().nodes().values()) {
                    if (node.kind() != ScoreKind.SCORED || !groups.contains(node.node().parentId())) {
                        continue;
                    }
                    String key = agency.agencyTypeCode() + "\u0000" + node.code();
                    BigDecimal[] perYear = lost.computeIfAbsent(key, k -> zeros(published.size()));
                    perYear[y] = perYear[y].add(node.applicableMax().subtract(node.points()));
                    names.put(key, new String[] {agency.agencyTypeNameVi(), agency.agencyTypeNameEn(), node.code(),
                            node.node().title()});
                }
            }
        }
        List<Lost> all = new ArrayList<>();
        lost.forEach((key, perYear) -> {
            BigDecimal total = java.util.Arrays.stream(perYear).reduce(BigDecimal.ZERO, BigDecimal::add);
            String[] name = names.get(key);
            all.add(new Lost(name[0], name[1], name[2], name[3], List.of(perYear), total));
        });
        all.sort(Comparator.comparing(Lost::total).reversed());
        return all.stream().filter(l -> l.total().signum() > 0).limit(MOST_LOST).toList();
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    /** Every agency of any published year, by its latest index, with its index and class in each year. */
    private static List<AgencyLine> agencies(List<Year> published) {
        Map<Long, String> names = new LinkedHashMap<>();
        Map<Long, Map<Integer, PublishedRow>> byAgency = new HashMap<>();
        for (int y = published.size() - 1; y >= 0; y--) {
            for (PublishedRow row : published.get(y).revision().getRows()) {
                names.putIfAbsent(row.getAgencyId(), row.getAgencyName());
                byAgency.computeIfAbsent(row.getAgencyId(), k -> new HashMap<>()).put(y, row);
            }
        }
        List<AgencyLine> lines = new ArrayList<>();
        names.forEach((id, name) -> {
            Map<Integer, PublishedRow> rows = byAgency.get(id);
            List<BigDecimal> indices = new ArrayList<>();
            List<String> classes = new ArrayList<>();
            for (int y = 0; y < published.size(); y++) {
                PublishedRow row = rows.get(y);
                indices.add(row == null ? null : row.getIndexValue());
                classes.add(row == null ? null : row.getClassLabel());
            }
            lines.add(new AgencyLine(id, name, indices, classes));
        });
        return lines;
    }

    /** The organiser's campaigns with a published revision, oldest first, each with its latest revision. */
    private List<Year> published(Long organiserId) {
        List<Year> years = new ArrayList<>();
        for (Campaign campaign : campaigns.ofOrganiserNewestFirst(organiserId)) {
            revisions.findFirstByCampaignIdOrderByRevisionDesc(campaign.getId())
                    .ifPresent(revision -> years.add(0, new Year(campaign, revision)));
        }
        return years;
    }
}
