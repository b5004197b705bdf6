package io.claimdesk.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Optional;

/** The account reads that sign-in needs, each in its own short transaction (called off the event loop). */
@ApplicationScoped
class AccountLookup {

    @Transactional
    Optional<Account> enabledAccount(String username) {
        return Account.findByUsername(username).filter(a -> a.enabled);
    }

    @Transactional
    Optional<AccountState> state(String username) {
        return Account.findByUsername(username).map(AccountState::of);
    }
}
