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
    /** A password was changed by its user, or reset to a temporary one by an administrator. */
    PASSWORD_CHANGED,
    /** An administrator changed an account's roles or agency. */
    ROLE_CHANGED,
    /** A form or request was refused as invalid (400, validation): the path and the field names, never the values. */
    INPUT_REJECTED,
    /** The nightly retention job removed entries older than the retention period. */
    AUDIT_RETENTION
}
