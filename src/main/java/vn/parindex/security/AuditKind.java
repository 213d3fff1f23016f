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
    /** A second factor was confirmed (an authenticator app), or new recovery codes were made. */
    MFA_ENROLLED,
    /** A second factor was removed: reset by an administrator or turned off by its user. */
    MFA_RESET,
    /** A second-factor code was refused: wrong, used already, from a clock too far off, a used recovery code. */
    MFA_FAILED,
    /** An organiser's rule on who must use a second factor changed. */
    MFA_POLICY,
    /** Sessions of a user were ended: by the user, a password change, an administrator or a deactivation. */
    SESSION_ENDED,
    /** Too many failed logins from one client address: logins from it are refused for a while. */
    ADDRESS_BLOCKED,
    /** The nightly job disabled an account unused for too long. */
    ACCOUNT_DORMANT,
    /** An organiser or administrator enabled an account again (also a dormant one). */
    ACCOUNT_ENABLED,
    /** An administrator changed the province's password rule (letters and digits required or not). */
    PASSWORD_RULE_CHANGED,
    /** A password was changed by its user, or reset to a temporary one by an administrator. */
    PASSWORD_CHANGED,
    /** An administrator changed an account's roles or agency. */
    ROLE_CHANGED,
    /** A form or request was refused as invalid (400, validation): the path and the field names, never the values. */
    INPUT_REJECTED,
    /** A sent self-assessment was withdrawn (by the agency before the deadline, or reopened by the organiser). */
    SELF_ASSESSMENT_WITHDRAWN,
    /** The nightly retention job removed entries older than the retention period. */
    AUDIT_RETENTION
}
