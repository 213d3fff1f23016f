package vn.parindex.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import vn.parindex.framework.scoring.IndexScore;
import vn.parindex.framework.scoring.NodeScore;

/** One agency in a campaign's results: its index, its rank within its type (null if the type is not ranked) and class. */
public record AgencyResult(Long agencyId, String agencyCode, String agencyName, String agencyTypeCode,
                           String agencyTypeNameVi, String agencyTypeNameEn, boolean typeRanked, int typeSortOrder,
                           IndexScore index, Integer rank, String classLabel) {

    public BigDecimal indexValue() {
        return index.index();
    }

    /** The groups' scores, named as those of a published row (the results table serves both). */
    public List<NodeScore> groups() {
        return index.groups();
    }

    public String typeName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? agencyTypeNameEn : agencyTypeNameVi;
    }
}
