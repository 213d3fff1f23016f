package vn.parindex.security;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.engine.EngineIdentity;

/** Finds the active users behind candidate groups, for mails. */
@Service
public class UserDirectory {

    private final EngineIdentity engineIdentity;
    private final AppUserRepository users;

    UserDirectory(EngineIdentity engineIdentity, AppUserRepository users) {
        this.engineIdentity = engineIdentity;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public List<Recipient> membersOf(Collection<String> groups) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (String group : groups) {
            for (String username : engineIdentity.membersOf(group)) {
                users.findByUsername(username).filter(AppUser::isActive)
                        .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                        .ifPresent(user -> byEmail.putIfAbsent(user.getEmail(), new Recipient(user.getEmail(),
                                user.getFullName(), Locale.forLanguageTag(user.getLocale()))));
            }
        }
        return List.copyOf(byEmail.values());
    }
}
