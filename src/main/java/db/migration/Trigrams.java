package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trigram indexes (pg_trgm, a trusted extension shipped with PostgreSQL) serve LIKE '%…%', which no B-tree does.
 * Where the extension cannot be created (not installed, no right) the migration says so in the log and the search
 * still works, by reading the table. H2 needs nothing.
 */
final class Trigrams {

    private static final Logger log = LoggerFactory.getLogger(Trigrams.class);

    private Trigrams() {
    }

    /** Creates the extension if it can; @return whether trigram indexes can be created on this connection */
    static boolean available(Connection connection, String whatReadsTheTable) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return false;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists pg_trgm");
            return true;
        } catch (SQLException e) {
            connection.rollback(before);
            log.warn("pg_trgm not available ({}): {} reads the whole table", e.getMessage(), whatReadsTheTable);
            return false;
        }
    }
}
