package vn.parindex.security;

import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Outside the demo and test profiles the database password must come from the environment: an installation
 * without one refuses to start, naming the variable, before anything else happens. (The first administrator's
 * password is asked for by {@link FirstAdministrator} when the database has no accounts yet.)
 */
class InstallationSecrets implements EnvironmentPostProcessor, Ordered {

    static final Profiles TRIAL = Profiles.of("demo | test");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(TRIAL) && isBlank(environment.getProperty("spring.datasource.password"))) {
            throw new MissingSecretException("No database password", List.of("PARINDEX_DB_PASSWORD"));
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public int getOrder() {
        // after application.yml and the profiles are read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
