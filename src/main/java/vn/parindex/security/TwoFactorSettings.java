package vn.parindex.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import lombok.Getter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's two-factor rules (README, "Running for real"): the roles that must log in with a second
 * factor, how many days a device may be remembered (0: never), and the accounts that may still call the engine REST
 * API with a password alone (automation). Settable at run time, so a test can switch a rule on and back.
 */
@Component
@Getter
public class TwoFactorSettings {

    private volatile Set<Role> requiredRoles;
    private volatile int rememberDeviceDays;
    private volatile Set<String> engineRestAccounts;

    TwoFactorSettings(@Value("${parindex.two-factor.required-roles:ADMIN,ORGANISER}") String requiredRoles,
                      @Value("${parindex.two-factor.remember-device-days:0}") int rememberDeviceDays,
                      @Value("${parindex.two-factor.engine-rest-accounts:}") String engineRestAccounts) {
        setRequiredRoles(parseRoles(requiredRoles));
        setRememberDeviceDays(rememberDeviceDays);
        setEngineRestAccounts(Arrays.stream(engineRestAccounts.split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).collect(Collectors.toSet()));
    }

    static Set<Role> parseRoles(String roles) {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        for (String role : roles.split(",")) {
            if (!role.isBlank()) {
                parsed.add(Role.valueOf(role.trim().toUpperCase(Locale.ROOT)));
            }
        }
        return parsed;
    }

    /** Whether a user with these roles must have a second factor, before the organiser's own rule. */
    public boolean requiredFor(Set<Role> roles) {
        return roles.stream().anyMatch(requiredRoles::contains);
    }

    public void setRequiredRoles(Set<Role> roles) {
        requiredRoles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRememberDeviceDays(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("parindex.two-factor.remember-device-days must be 0 or more");
        }
        rememberDeviceDays = days;
    }

    public void setEngineRestAccounts(Set<String> accounts) { engineRestAccounts = Set.copyOf(accounts); }
}
