package vn.parindex.workflow;

import java.util.List;

/** Who is in a candidate group, as the engine's copy of our users and groups has it. */
public interface GroupMembers {

    List<String> membersOf(String group);

    /** Whether anyone could take a task offered to this group (used to warn before a launch). */
    default boolean hasMembers(String group) {
        return !membersOf(group).isEmpty();
    }
}
