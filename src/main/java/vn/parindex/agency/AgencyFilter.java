package vn.parindex.agency;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.parindex.common.BadListRequest;
import vn.parindex.common.SearchText;

/**
 * The filters every paged list of agencies has: the search text (folded, so "so tu phap" finds "Sở Tư pháp"), the
 * agency type's code and "overdue only". A type that does not exist or an "overdue" other than true/false is a 400.
 */
public record AgencyFilter(String query, String type, boolean overdue) {

    public static AgencyFilter parse(String query, String type, String overdue, Collection<String> typeCodes) {
        String typeCode = type == null || type.isBlank() ? null : type.trim();
        if (typeCode != null && !typeCodes.contains(typeCode)) {
            throw new BadListRequest("type", type, List.copyOf(typeCodes));
        }
        if (overdue != null && !overdue.isBlank() && !overdue.equals("true") && !overdue.equals("false")) {
            throw new BadListRequest("overdue", overdue, List.of("true", "false"));
        }
        return new AgencyFilter(query == null || query.isBlank() ? null : SearchText.fold(query), typeCode,
                "true".equals(overdue));
    }

    /** Whether an agency with this folded search text and type passes the search and the type filter. */
    public boolean matches(String searchText, String typeCode) {
        return (query == null || searchText.contains(query)) && (type == null || type.equals(typeCode));
    }

    /**
     * The search and the type filter as SQL conditions (each starting with " and ") on the aliases {@code a} (agency)
     * and {@code t} (agency_type), their values added to the parameters.
     */
    public String sql(MapSqlParameterSource parameters) {
        StringBuilder sql = new StringBuilder();
        if (query != null) {
            sql.append(" and a.search_text like :q escape '\\'");
            parameters.addValue("q", "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (type != null) {
            sql.append(" and t.code = :type");
            parameters.addValue("type", type);
        }
        return sql.toString();
    }
}
