package io.claimdesk.account;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The signed-in account of this request, read once (needs a transaction, like every entity read). */
@RequestScoped
@Named("currentAccount")
public class CurrentAccount {

    private final SecurityIdentity identity;
    private Account account;

    CurrentAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Account get() {
        if (account == null) {
            Long id = SignedIn.accountId(identity);
            if (id == null) {
                throw new UnauthorizedException();
            }
            account = Account.findById(id);
        }
        return account;
    }

    public long id() {
        Long id = SignedIn.accountId(identity);
        if (id == null) {
            throw new UnauthorizedException();
        }
        return id;
    }

    /** The signed-in username, or null — also null on an IO thread (error pages), where asking would block. */
    public String username() {
        return !BlockingOperationControl.isBlockingAllowed() ? null : SignedIn.username(identity);
    }

    public boolean has(String role) {
        return BlockingOperationControl.isBlockingAllowed() && identity.hasRole(role);
    }
}
