package db.migration;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** V26's trigram indexes of the outbox search, on the table V27 moved the search into. */
public class V28__outbox_mail_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        if (!Trigrams.available(context.getConnection(), "the outbox search")) {
            return;
        }
        try (Statement sql = context.getConnection().createStatement()) {
            sql.execute("create index outbox_mail_search_text_trgm on outbox_mail_search"
                    + " using gin (search_text gin_trgm_ops)");
            sql.execute("create index outbox_mail_search_subject_trgm on outbox_mail_search"
                    + " using gin (subject_lower gin_trgm_ops)");
        }
    }
}
