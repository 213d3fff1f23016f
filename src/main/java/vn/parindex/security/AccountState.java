package vn.parindex.security;

/** What every request of a logged-in user checks: is the account still active, and has it changed? */
record AccountState(boolean active, boolean mustChangePassword, long version) {
}
