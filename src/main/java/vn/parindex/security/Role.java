package vn.parindex.security;

/** What a user may do. A user holds one or more roles, always for one agency of one organiser. */
public enum Role {
    ORGANISER,
    OFFICER,
    HEAD,
    REVIEWER,
    COUNCIL,
    CHAIRMAN,
    VIEWER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
