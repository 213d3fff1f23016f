package vn.parindex.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.parindex.workflow.GroupMembers;

/** Finds the active users behind candidate groups, for mails. */
@Service
@RequiredArgsConstructor
public class UserDirectory {

    private final GroupMembers engineIdentity;
    private final AppUserRepository users;

    /** The members' accounts are read in one query per call (a reminder asks for each task), not one per member. */
    @Transactional(readOnly = true)
    public List<Recipient> membersOf(Collection<String> groups) {
        Set<String> usernames = new LinkedHashSet<>();
        for (String group : groups) {
            usernames.addAll(engineIdentity.membersOf(group));
        }
        if (usernames.isEmpty()) {
            return List.of();
        }
        Map<String, AppUser> accounts = new HashMap<>();
        users.findByUsernameIn(usernames).forEach(user -> accounts.put(user.getUsername(), user));
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        for (String username : usernames) {
            AppUser user = accounts.get(username);
            if (user != null && user.isActive() && user.getEmail() != null && !user.getEmail().isBlank()) {
                byEmail.putIfAbsent(user.getEmail(), new Recipient(user.getEmail(), user.getFullName(),
                        Locale.forLanguageTag(user.getLocale())));
            }
        }
        return List.copyOf(byEmail.values());
    }
}
