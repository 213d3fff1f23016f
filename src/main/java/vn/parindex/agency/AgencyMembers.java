package vn.parindex.agency;

import java.util.List;

/** The active users of an agency, as its page lists them; the accounts (security package) answer. */
public interface AgencyMembers {

    List<Member> activeIn(Long agencyId);

    /** One user: roles by name, as the role wording keys take them. */
    record Member(String username, String fullName, List<String> roles) {
    }
}
