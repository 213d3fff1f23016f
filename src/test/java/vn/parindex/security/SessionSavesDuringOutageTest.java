package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import vn.parindex.IntegrationTest;
import vn.parindex.common.DatabaseUnavailable;

/**
 * The session store in use is the one that gives up writing a session back while the database is unreachable
 * (the fault test "PostgreSQL restarted while officials save" shows why: the 503 page turned into a 500).
 */
@IntegrationTest
class SessionSavesDuringOutageTest {

    @Autowired
    JdbcIndexedSessionRepository store;
    @Autowired
    @SuppressWarnings("rawtypes")
    SessionRepository sessions;

    @Test
    @SuppressWarnings("unchecked")
    void theSessionStoreInUseIsGuardedAndTellsAnOutageFromOtherErrors() {
        assertThat(AopUtils.isAopProxy(store)).as("the store Spring Session's filter writes through").isTrue();
        assertThat(DatabaseUnavailable.unreachable(new DataAccessResourceFailureException("rollback",
                new SQLException("Connection is closed")))).isTrue();
        assertThat(DatabaseUnavailable.unreachable(new IllegalStateException("a bug"))).isFalse();
        Session session = sessions.createSession();
        session.setAttribute("probe", "kept");
        sessions.save(session);
        assertThat(((Session) sessions.findById(session.getId())).<String>getAttribute("probe")).isEqualTo("kept");
        sessions.deleteById(session.getId());
    }
}
