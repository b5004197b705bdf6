package io.claimdesk.account;

/**
 * Fired when anything sign-in depends on changes (enabled, role, password, session epoch), so that what is kept of
 * the account in memory is dropped once the change has committed.
 */
record AccountChanged(String username) {
}
