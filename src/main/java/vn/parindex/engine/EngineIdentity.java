package vn.parindex.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.parindex.security.UserEvent;
import vn.parindex.workflow.GroupMembers;

/** Mirrors our users and their candidate groups into the engine's identity service, as security announces them. */
@Component
@RequiredArgsConstructor
public class EngineIdentity implements GroupMembers {

    private final IdentityService identity;

    /** Runs inside the account change's transaction: a failure here undoes the change too. */
    @EventListener
    public void mirror(UserEvent event) {
        mirror(event.username(), event.fullName(), event.email(), event.groups());
    }

    private void mirror(String username, String fullName, String email, Set<String> wanted) {
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            user = identity.newUser(username);
        }
        int space = fullName.lastIndexOf(' ');
        user.setFirstName(space > 0 ? fullName.substring(0, space) : fullName);
        user.setLastName(space > 0 ? fullName.substring(space + 1) : "");
        user.setEmail(email);
        identity.saveUser(user);

        Set<String> current = new HashSet<>();
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            current.add(group.getId());
        }
        for (String groupId : current) {
            if (!wanted.contains(groupId)) {
                identity.deleteMembership(username, groupId);
            }
        }
        for (String groupId : wanted) {
            if (!current.contains(groupId)) {
                ensureGroup(groupId);
                identity.createMembership(username, groupId);
            }
        }
    }

    public List<String> groupsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId).toList();
    }

    @Override
    public List<String> membersOf(String groupId) {
        return identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }

    private void ensureGroup(String groupId) {
        if (identity.createGroupQuery().groupId(groupId).count() == 0) {
            Group group = identity.newGroup(groupId);
            group.setName(groupId);
            group.setType(groupId.equals("camunda-admin") ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }
}
