package vn.parindex.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.parindex.agency.Agency;
import vn.parindex.agency.AgencyRepository;
import vn.parindex.agency.Organiser;
import vn.parindex.agency.OrganiserLevel;
import vn.parindex.agency.OrganiserRepository;
import vn.parindex.agency.StandardAgencyTypes;

/**
 * A real installation starts with an empty database: the first start creates the organiser (the province), its
 * Department of Home Affairs and an administrator whose password comes from the environment and must be changed
 * at the first login. Without that password (or the organiser's code and name) the application refuses to start.
 * Later starts find accounts and change nothing. Not with the demo data, which brings its own users.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "parindex.demo.data", havingValue = "false", matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String FULL_NAME = "Quản trị hệ thống";

    private final AppUserRepository users;
    private final OrganiserRepository organisers;
    private final AgencyRepository agencies;
    private final StandardAgencyTypes types;
    private final UserAccounts accounts;
    private final Environment environment;
    private final TransactionTemplate tx;
    private final PasswordPolicy policy;

    FirstAdministrator(AppUserRepository users, OrganiserRepository organisers, AgencyRepository agencies,
                       StandardAgencyTypes types, UserAccounts accounts, Environment environment,
                       TransactionTemplate tx, PasswordPolicy policy) {
        this.policy = policy;
        this.users = users;
        this.organisers = organisers;
        this.agencies = agencies;
        this.types = types;
        this.accounts = accounts;
        this.environment = environment;
        this.tx = tx;
    }

    /** What the environment says about the first organiser and its administrator. */
    record Settings(String organiserCode, String organiserName, String username, String password, String email) {

        static Settings from(Environment environment, PasswordPolicy policy) {
            Settings settings = new Settings(environment.getProperty("PARINDEX_ORGANISER_CODE", ""),
                    environment.getProperty("PARINDEX_ORGANISER_NAME", ""),
                    environment.getProperty("PARINDEX_ADMIN_USERNAME", "admin"),
                    environment.getProperty("PARINDEX_ADMIN_PASSWORD", ""),
                    environment.getProperty("PARINDEX_ADMIN_EMAIL", ""));
            List<String> missing = new ArrayList<>();
            if (settings.password().isBlank()) {
                missing.add("PARINDEX_ADMIN_PASSWORD");
            } else {
                // the first administrator has no second factor yet: the longer minimum applies
                policy.check(settings.password(), false, false, settings.username(), FULL_NAME).ifPresent(refusal -> {
                    throw new IllegalStateException("PARINDEX_ADMIN_PASSWORD is refused: the password " + refusal.reason()
                            + " (new passwords need " + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                            + " characters, not a common or breached password, without the user name or the product's"
                            + " name)");
                });
            }
            if (settings.organiserCode().isBlank()) {
                missing.add("PARINDEX_ORGANISER_CODE");
            }
            if (settings.organiserName().isBlank()) {
                missing.add("PARINDEX_ORGANISER_NAME");
            }
            if (!missing.isEmpty()) {
                throw new MissingSecretException("The database has no accounts yet and no first administrator is"
                        + " given", missing);
            }
            return settings;
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() == 0) {
            AppUser admin = create(Settings.from(environment, policy));
            log.info("First administrator {} created for {}; the password must be changed at the first login",
                    admin.getUsername(), admin.getOrganiser().getName());
        }
    }

    /** The organiser, its Department of Home Affairs and the administrator, all or nothing. */
    AppUser create(Settings settings) {
        return tx.execute(status -> createInTransaction(settings));
    }

    private AppUser createInTransaction(Settings settings) {
        String code = settings.organiserCode().trim().toUpperCase(Locale.ROOT);
        Organiser organiser = organisers.save(new Organiser(code, settings.organiserName().trim(),
                OrganiserLevel.PROVINCE, null));
        Agency homeAffairs = new Agency(organiser, code + "-SNV", "Sở Nội vụ", types.ensure().department());
        homeAffairs.setReviewer(true);
        agencies.save(homeAffairs);
        organiser.setStandingAgency(homeAffairs);
        return accounts.create(settings.username().trim(), FULL_NAME, blankToNull(settings.email()),
                organiser, homeAffairs, EnumSet.of(Role.ADMIN), settings.password(), true);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
