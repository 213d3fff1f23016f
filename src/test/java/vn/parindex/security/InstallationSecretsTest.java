package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.IntegrationTest;
import vn.parindex.ParIndexApplication;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.agency.StandardAgencyTypes;

/** Outside the demo, passwords come from the environment: without them the application does not start. */
@IntegrationTest
class InstallationSecretsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AppUserRepository users;
    @Autowired
    OrganiserRepository organisers;
    @Autowired
    AgencyRepository agencies;
    @Autowired
    StandardAgencyTypes types;
    @Autowired
    UserAccounts accounts;
    @Autowired
    Environment environment;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    PasswordPolicy policy;

    @Test
    void withoutADatabasePasswordARealInstallationRefusesToStart() {
        SpringApplication application = new SpringApplication(ParIndexApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setBannerMode(Banner.Mode.OFF);
        // only what reads the configuration: the tests' logging and context stay as they are
        application.setListeners(List.of(new EnvironmentPostProcessorApplicationListener()));
        assertThatThrownBy(() -> application.run("--spring.profiles.active=postgres", "--spring.datasource.password="))
                .isInstanceOf(MissingSecretException.class)
                .hasMessage("No database password: set PARINDEX_DB_PASSWORD in the environment");
    }

    @Test
    void theDemoAndTheTestsNeedNoSecretsAndARealInstallationWithItsPasswordStarts() {
        InstallationSecrets secrets = new InstallationSecrets();
        MockEnvironment demoByDefault = new MockEnvironment();
        demoByDefault.setDefaultProfiles("demo");
        secrets.postProcessEnvironment(demoByDefault, null);
        MockEnvironment demoOnPostgres = new MockEnvironment();
        demoOnPostgres.setActiveProfiles("postgres", "demo");
        secrets.postProcessEnvironment(demoOnPostgres, null);
        MockEnvironment real = new MockEnvironment().withProperty("spring.datasource.password", "s3cret-from-env");
        real.setActiveProfiles("postgres");
        secrets.postProcessEnvironment(real, null);

        MockEnvironment blank = new MockEnvironment().withProperty("spring.datasource.password", " ");
        blank.setActiveProfiles("postgres");
        assertThatThrownBy(() -> secrets.postProcessEnvironment(blank, null))
                .isInstanceOf(MissingSecretException.class);
    }

    @Test
    void theStartupFailureSaysWhatToSet() {
        FailureAnalysis analysis = new MissingSecretFailureAnalyzer().analyze(
                new IllegalStateException(new MissingSecretException("No database password",
                        List.of("PARINDEX_DB_PASSWORD"))));
        assertThat(analysis.getDescription()).contains("outside the demo profile").contains("PARINDEX_DB_PASSWORD");
        assertThat(analysis.getAction()).startsWith("Set PARINDEX_DB_PASSWORD");
    }

    @Test
    void anEmptyDatabaseWantsTheFirstAdministratorFromTheEnvironment() {
        assertThatThrownBy(() -> FirstAdministrator.Settings.from(new MockEnvironment(), policy))
                .isInstanceOf(MissingSecretException.class)
                .satisfies(e -> assertThat(((MissingSecretException) e).variables()).containsExactly(
                        "PARINDEX_ADMIN_PASSWORD", "PARINDEX_ORGANISER_CODE", "PARINDEX_ORGANISER_NAME"));
        assertThatThrownBy(() -> firstAdministratorWith("short-2026"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PARINDEX_ADMIN_PASSWORD is refused: the password has fewer than 14 characters");
    }

    @Test
    void theFirstAdministratorsPasswordFollowsTheRulesOfEveryNewPassword() {
        assertThatThrownBy(() -> firstAdministratorWith("ISeeDeadPeople"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PARINDEX_ADMIN_PASSWORD is refused: the password is in the list of common and"
                        + " breached passwords");
        assertThatThrownBy(() -> firstAdministratorWith("Mat-khau-ParIndex-2026"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("PARINDEX_ADMIN_PASSWORD is refused: the password contains \"parindex\"");
        assertThatThrownBy(() -> firstAdministratorWith("quantrihethong-2026"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("contains \"quantrihethong\"");
        assertThat(firstAdministratorWith("Ba con meo tren mai nha").password()).isEqualTo("Ba con meo tren mai nha");
    }

    FirstAdministrator.Settings firstAdministratorWith(String password) {
        return FirstAdministrator.Settings.from(new MockEnvironment()
                .withProperty("PARINDEX_ADMIN_PASSWORD", password).withProperty("PARINDEX_ORGANISER_CODE", "HN")
                .withProperty("PARINDEX_ORGANISER_NAME", "Thành phố Hà Nội"), policy);
    }

    @Test
    void theFirstAdministratorLogsInOnceWithTheGivenPasswordAndMustChangeIt() throws Exception {
        String code = "T" + Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase();
        FirstAdministrator first = new FirstAdministrator(users, organisers, agencies, types, accounts, environment, tx,
                policy);
        FirstAdministrator.Settings settings = FirstAdministrator.Settings.from(new MockEnvironment()
                .withProperty("PARINDEX_ORGANISER_CODE", code).withProperty("PARINDEX_ORGANISER_NAME", "Tỉnh Mới")
                .withProperty("PARINDEX_ADMIN_USERNAME", "admin." + code.toLowerCase())
                .withProperty("PARINDEX_ADMIN_PASSWORD", "Khoi-dong-2026"), policy);
        AppUser admin = first.create(settings);

        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isMustChangePassword()).isTrue();
        assertThat(organisers.findByCode(code)).hasValueSatisfying(o -> assertThat(o.getName()).isEqualTo("Tỉnh Mới"));
        assertThat(agencies.findByCode(code + "-SNV")).isPresent();
        mvc.perform(formLogin().user("admin." + code.toLowerCase()).password("Khoi-dong-2026"))
                .andExpect(authenticated()).andExpect(redirectedUrl("/"));
        // with accounts there, a start changes nothing (the variables are no longer needed)
        first.run(null);
        assertThat(users.findByUsername("admin." + code.toLowerCase())).isPresent();
    }
}
