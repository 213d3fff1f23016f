package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import vn.parindex.security.AuditHash;

/**
 * The audit log gets the client's User-Agent and a hash chain (each line holds the hash of its content and of the
 * line before it, and {@code audit_chain} holds the newest line's); the lines already written are sealed in id
 * order. On PostgreSQL a trigger then refuses every UPDATE, TRUNCATE and every DELETE of a line younger than three
 * months at their shortest (89 days), whoever asks. A Java migration because H2 and PostgreSQL hash and write
 * triggers differently.
 */
public class V20__audit_chain extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table audit_event add column user_agent varchar(400)");
            sql.execute("alter table audit_event add column prev_occurred_at timestamp with time zone");
            sql.execute("alter table audit_event add column prev_hash varchar(64)");
            sql.execute("alter table audit_event add column hash varchar(64)");
            sql.execute("""
                    create table audit_chain (
                        id               integer primary key,
                        last_hash        varchar(64) not null,
                        last_occurred_at timestamp with time zone,
                        last_event_id    bigint
                    )""");
        }
        String lastHash = AuditHash.GENESIS;
        Instant lastTime = null;
        Long lastId = null;
        try (Statement read = connection.createStatement();
             PreparedStatement seal = connection.prepareStatement(
                     "update audit_event set prev_occurred_at = ?, prev_hash = ?, hash = ? where id = ?");
             ResultSet rs = read.executeQuery("""
                     select id, occurred_at, kind, username, organiser_id, ip_address, http_method, path, detail
                     from audit_event order by id""")) {
            while (rs.next()) {
                Instant time = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
                Long organiserId = rs.getObject("organiser_id") == null ? null : rs.getLong("organiser_id");
                String hash = AuditHash.of(time, rs.getString("kind"), rs.getString("username"), organiserId,
                        rs.getString("ip_address"), null, rs.getString("http_method"), rs.getString("path"),
                        rs.getString("detail"), lastTime, lastHash);
                seal.setObject(1, lastTime == null ? null : OffsetDateTime.ofInstant(lastTime, ZoneOffset.UTC));
                seal.setString(2, lastHash);
                seal.setString(3, hash);
                seal.setLong(4, rs.getLong("id"));
                seal.addBatch();
                lastHash = hash;
                lastTime = time;
                lastId = rs.getLong("id");
            }
            seal.executeBatch();
        }
        try (PreparedStatement head = connection.prepareStatement(
                "insert into audit_chain (id, last_hash, last_occurred_at, last_event_id) values (1, ?, ?, ?)")) {
            head.setString(1, lastHash);
            head.setObject(2, lastTime == null ? null : OffsetDateTime.ofInstant(lastTime, ZoneOffset.UTC));
            head.setObject(3, lastId);
            head.executeUpdate();
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("alter table audit_event alter column prev_hash set not null");
            sql.execute("alter table audit_event alter column hash set not null");
            if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
                sql.execute("""
                        create function audit_event_append_only() returns trigger language plpgsql as $$
                        begin
                            if tg_op = 'DELETE' then
                                if old.occurred_at < now() - interval '89 days' then
                                    return old;
                                end if;
                            end if;
                            raise exception 'audit_event is append-only: % refused', tg_op
                                using errcode = 'insufficient_privilege';
                        end
                        $$""");
                sql.execute("""
                        create trigger audit_event_append_only before update or delete on audit_event
                        for each row execute function audit_event_append_only()""");
                sql.execute("""
                        create trigger audit_event_no_truncate before truncate on audit_event
                        for each statement execute function audit_event_append_only()""");
            }
        }
    }
}
