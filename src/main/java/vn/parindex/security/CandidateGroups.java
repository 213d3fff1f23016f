package vn.parindex.security;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The names of the task candidate groups a user belongs to. Tasks are offered to these groups, and the
 * users are mirrored into the engine's identity service with them.
 */
public final class CandidateGroups {

    public static final String ADMIN = "camunda-admin";

    private CandidateGroups() {
    }

    public static String officers(String agencyCode) {
        return "agency:" + agencyCode + ":officer";
    }

    public static String head(String agencyCode) {
        return "agency:" + agencyCode + ":head";
    }

    public static String reviewer(String agencyCode) {
        return "reviewer:" + agencyCode;
    }

    public static String organiser(String organiserCode) {
        return "organiser:" + organiserCode;
    }

    public static String council(String organiserCode) {
        return "council:" + organiserCode;
    }

    public static String chairman(String organiserCode) {
        return "chairman:" + organiserCode;
    }

    public static String viewer(String organiserCode) {
        return "viewer:" + organiserCode;
    }

    public static Set<String> of(Set<Role> roles, String agencyCode, String organiserCode) {
        Set<String> groups = new LinkedHashSet<>();
        for (Role role : roles) {
            switch (role) {
                case OFFICER -> groups.add(officers(agencyCode));
                case HEAD -> groups.add(head(agencyCode));
                case REVIEWER -> groups.add(reviewer(agencyCode));
                case ORGANISER -> groups.add(organiser(organiserCode));
                case COUNCIL -> groups.add(council(organiserCode));
                case CHAIRMAN -> groups.add(chairman(organiserCode));
                case VIEWER -> groups.add(viewer(organiserCode));
                case ADMIN -> groups.add(ADMIN);
            }
        }
        return groups;
    }
}
