package vn.parindex.security;

import java.time.Clock;
import java.time.Instant;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@RequiredArgsConstructor
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;
    private final Clock clock;
    private final PasswordAge passwordAge;

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        AppUser user = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException(username));
        Instant lockedUntil = user.getLockedUntil();
        return CurrentUser.of(user, lockedUntil != null && lockedUntil.isAfter(clock.instant()),
                passwordAge.expired(user));
    }
}
