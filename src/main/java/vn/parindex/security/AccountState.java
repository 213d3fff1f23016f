package vn.parindex.security;

/**
 * What every request of a logged-in user checks: is the account still active, has it changed, and does it have the
 * second factor its organiser may require of every role?
 */
record AccountState(boolean active, boolean mustChangePassword, long version, boolean secondFactor,
                    boolean secondFactorForAllRoles) {
}
