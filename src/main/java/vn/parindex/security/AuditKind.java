package vn.parindex.security;

/** What an audit event records. */
public enum AuditKind {
    /** A user logged in with the login form. */
    LOGIN,
    /** A login was refused: wrong password, unknown user, locked or deactivated account. */
    LOGIN_FAILED,
    /** Too many wrong passwords in a row: the account is locked for a while. */
    ACCOUNT_LOCKED,
    LOGOUT,
    /** A request was refused with 403 (no permission, or no valid CSRF token). */
    ACCESS_DENIED,
    /** Data left the system as a file: an Excel or PDF export, an evidence file, a password sheet. */
    EXPORT,
    /** Sessions of a user were ended: by the user, a password change, an administrator or a deactivation. */
    SESSION_ENDED
}
