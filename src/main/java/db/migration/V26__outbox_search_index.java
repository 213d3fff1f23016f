package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox's search box looks for a part of a word anywhere in the recipient and subject (LIKE '%…%'), which no
 * B-tree serves: at 100,000 mails each search read the whole table twice (the count and the page), 0.5 s. On
 * PostgreSQL trigram indexes (pg_trgm, a trusted extension shipped with PostgreSQL) serve both the folded search
 * text and the subject as written. Where the extension cannot be created (not installed, no right) the migration
 * says so in the log and the search still works, by reading the table. H2 needs nothing.
 */
public class V26__outbox_search_index extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V26__outbox_search_index.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        Savepoint before = connection.setSavepoint();
        try (Statement sql = connection.createStatement()) {
            sql.execute("create extension if not exists pg_trgm");
        } catch (SQLException e) {
            connection.rollback(before);
            log.warn("pg_trgm not available ({}): the outbox search reads the whole table", e.getMessage());
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("create index outbox_mail_search_trgm on outbox_mail using gin (search_text gin_trgm_ops)");
            sql.execute("create index outbox_mail_subject_trgm on outbox_mail using gin (lower(subject) gin_trgm_ops)");
        }
    }
}
