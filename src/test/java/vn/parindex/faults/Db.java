package vn.parindex.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the cluster's database as a test checks it: a short connection per question, tolerant of restarts. */
final class Db {

    private final FaultCluster cluster;

    Db(FaultCluster cluster) {
        this.cluster = cluster;
    }

    /** The rows of a query, each as column → value (timestamps as instants). */
    List<Map<String, Object>> rows(String sql, Object... args) {
        try (Connection connection = cluster.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= columns; c++) {
                        Object value = result.getObject(c);
                        row.put(result.getMetaData().getColumnLabel(c).toLowerCase(),
                                value instanceof Timestamp timestamp ? timestamp.toInstant() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... args) {
        return ((Number) rows(sql, args).get(0).values().iterator().next()).longValue();
    }

    Object value(String sql, Object... args) {
        List<Map<String, Object>> rows = rows(sql, args);
        return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
    }

    <T> List<T> column(String sql, Class<T> type, Object... args) {
        return rows(sql, args).stream().map(row -> type.cast(row.values().iterator().next())).toList();
    }
}
