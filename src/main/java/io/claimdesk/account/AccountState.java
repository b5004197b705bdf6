package io.claimdesk.account;

/**
 * What a request's sign-in needs to know of an account, detached from the database so that it can be kept in
 * memory between requests ({@link SessionAccounts}). Never the password hash.
 */
record AccountState(long id, String username, Role role, boolean enabled, boolean mustChangePassword,
                    int sessionEpoch, String interfaceLanguage) {

    static AccountState of(Account account) {
        return new AccountState(account.id, account.username, account.role, account.enabled,
                account.mustChangePassword, account.sessionEpoch, account.interfaceLanguage);
    }
}
