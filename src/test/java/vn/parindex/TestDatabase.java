package vn.parindex;

import java.io.IOException;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The database the integration tests run on, chosen by the system property {@code parindex.test.database}:
 * {@code h2} (in memory, the default), {@code embedded} (a real PostgreSQL the tests start themselves) or
 * {@code external} (the server at {@code PARINDEX_TEST_JDBC_URL}, as .ci/run sets it).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabase {

    public static String kind() {
        return System.getProperty("parindex.test.database", "h2");
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgresHolder embeddedPostgres() throws IOException {
        return kind().equals("embedded") ? new EmbeddedPostgresHolder(EmbeddedPostgres.builder()
                .setRegisterShutdownHook(false).start()) : new EmbeddedPostgresHolder(null);
    }

    @Bean
    @Primary
    DataSource dataSource(EmbeddedPostgresHolder embedded) {
        HikariConfig config = new HikariConfig();
        switch (kind()) {
            case "embedded" -> {
                config.setJdbcUrl(embedded.postgres().getJdbcUrl("postgres", "postgres"));
                config.setUsername("postgres");
            }
            case "external" -> {
                String url = System.getenv("PARINDEX_TEST_JDBC_URL");
                if (url == null || url.isBlank()) {
                    throw new IllegalStateException("Set PARINDEX_TEST_JDBC_URL for parindex.test.database=external");
                }
                config.setJdbcUrl(url);
                config.setUsername(System.getenv().getOrDefault("PARINDEX_TEST_DB_USER", "postgres"));
                config.setPassword(System.getenv().getOrDefault("PARINDEX_TEST_DB_PASSWORD", ""));
            }
            default -> {
                config.setJdbcUrl("jdbc:h2:mem:parindex;DB_CLOSE_DELAY=-1");
                config.setUsername("sa");
            }
        }
        config.setMaximumPoolSize(10);
        return new HikariDataSource(config);
    }

    /** Keeps the embedded server alive as long as the context and closes it with the context. */
    record EmbeddedPostgresHolder(EmbeddedPostgres postgres) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
