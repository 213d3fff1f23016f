package vn.parindex.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Nodes of a cluster start one at a time: the first use of the database takes a PostgreSQL advisory lock that
 * the node keeps until it is ready. Flyway, the engine's schema and deployment, the demo data and the demo
 * launch then never run on two nodes at once. The engine creates its tables without a lock of its own: two
 * nodes starting together on an empty database failed with "act_ge_property already exists". On H2 (one node
 * only) there is nothing to lock. A node that dies while starting loses its connection, and with it the lock.
 */
@Component
class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationReadyEvent>, DisposableBean {

    /** "parindex" in ASCII: the advisory lock key, unlikely to meet another application's on a shared server. */
    static final long KEY = 0x7061_7269_6e64_6578L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private boolean tried;
    private Connection held;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            acquire(dataSource);
        }
        return bean;
    }

    private synchronized void acquire(DataSource dataSource) {
        if (tried) {
            return;
        }
        tried = true;
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                if (!lockedAt(statement, "select pg_try_advisory_lock(" + KEY + ")")) {
                    log.info("Another node is starting; waiting for it to be ready");
                    statement.execute("select pg_advisory_lock(" + KEY + ")");
                }
            }
            held = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the start-up lock", e);
        }
    }

    private static boolean lockedAt(Statement statement, String sql) throws SQLException {
        try (var result = statement.executeQuery(sql)) {
            return result.next() && result.getBoolean(1);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        release();
    }

    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            log.warn("Start-up lock not released cleanly (the connection closes anyway): {}", e.getMessage());
        } finally {
            held = null;
        }
    }
}
