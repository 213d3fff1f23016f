package vn.parindex.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean "the database cannot be reached" (503, try again) rather than an error of the app. */
class DatabaseUnavailableTest {

    @Test
    void aConnectionCutOrRefusedOrNotToBeHadFromThePoolIsUnreachable() {
        assertThat(DatabaseUnavailable.unreachable(new JpaSystemException(new RuntimeException("I/O error",
                new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE)))))
                .isTrue();
        assertThat(DatabaseUnavailable.unreachable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseUnavailable.unreachable(new SQLException(
                "FATAL: terminating connection due to administrator command", "57P01"))).isTrue();
        assertThat(DatabaseUnavailable.unreachable(new JpaSystemException(new RuntimeException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aRefusedStatementOrABugIsNot() {
        assertThat(DatabaseUnavailable.unreachable(new DataIntegrityViolationException("duplicate key",
                new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION)))).isFalse();
        assertThat(DatabaseUnavailable.unreachable(new IllegalStateException("bug"))).isFalse();
    }
}
