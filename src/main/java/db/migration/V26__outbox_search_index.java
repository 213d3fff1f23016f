package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The outbox's search box looks for a part of a word anywhere in the recipient and subject (LIKE '%…%'), which no
 * B-tree serves: at 100,000 mails each search read the whole table twice (the count and the page), 0.5 s. On
 * PostgreSQL trigram indexes serve both the folded search text and the subject as written ({@link Trigrams}).
 * V27 moves both into a table of their own.
 */
public class V26__outbox_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!Trigrams.available(context.getConnection(), "the outbox search")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index outbox_mail_search_trgm on outbox_mail using gin (search_text gin_trgm_ops)");
            sql.execute("create index outbox_mail_subject_trgm on outbox_mail using gin (lower(subject) gin_trgm_ops)");
        }
    }
}
