package vn.parindex.security;

import java.time.Duration;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.common.AppClock;

/** Every successful login (form or HTTP Basic) marks the account used: {@link DormantAccounts} counts from there. */
@Component
@RequiredArgsConstructor
class AccountUse {

    /** HTTP Basic authenticates every call: one write a minute is enough. */
    private static final Duration RESOLUTION = Duration.ofMinutes(1);

    private final AppUserRepository users;
    private final AppClock clock;

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            Instant now = clock.instant();
            users.recordUse(user.username(), now, now.minus(RESOLUTION));
        }
    }
}
