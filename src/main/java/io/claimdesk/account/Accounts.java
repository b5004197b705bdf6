package io.claimdesk.account;

import io.claimdesk.failure.Conflict;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.NotFound;
import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.web.InterfaceLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

/** Creating, disabling and re-keying accounts; every change goes to the history. */
@ApplicationScoped
public class Accounts {

    private final Passwords passwords;
    private final History history;
    private final Event<AccountChanged> changed;

    Accounts(Passwords passwords, History history, Event<AccountChanged> changed) {
        this.passwords = passwords;
        this.history = history;
        this.changed = changed;
    }

    /**
     * A new account; actor null means the system. The username is one the form or the body checked ({@link Username});
     * a bad password is refused ({@link Invalid}), and a username in use ({@link Conflict}).
     */
    @Transactional
    public Account create(Account actor, String username, String password, Role role, boolean mustChangePassword) {
        String hash = passwords.hash("password", password);
        if (Account.findByUsername(username).isPresent()) {
            throw new Conflict("The username '" + username + "' is taken.");
        }
        Account account = new Account();
        account.username = username;
        account.passwordHash = hash;
        account.role = role;
        account.mustChangePassword = mustChangePassword;
        account.createdAt = Instant.now();
        account.persist();
        changed.fire(new AccountChanged(username));
        history.record(Account.idOf(actor), HistoryAction.ACCOUNT_CREATED, History.Subject.account(account.id), null,
                Map.of("username", username, "role", role.id()));
        return account;
    }

    @Transactional
    public Account disable(Account actor, long accountId) {
        Account account = find(accountId);
        if (account.id.equals(actor.id)) {
            throw new Invalid("account", "You cannot disable your own account.");
        }
        if (account.enabled) {
            account.enabled = false;
            endSessions(account);
            history.record(Account.idOf(actor), HistoryAction.ACCOUNT_DISABLED, History.Subject.account(account.id),
                    Map.of("enabled", true), Map.of("enabled", false));
        }
        return account;
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = Account.findById(accountId);
        if (!passwords.matches(currentPassword, account.passwordHash)) {
            throw new Invalid("currentPassword", "That is not your current password.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new Invalid("newPassword", "Choose a password different from the current one.");
        }
        account.passwordHash = passwords.hash("newPassword", newPassword);
        account.mustChangePassword = false;
        endSessions(account);
        history.record(Account.idOf(account), HistoryAction.PASSWORD_CHANGED, History.Subject.account(account.id), null, null);
    }

    /**
     * An admin sets someone's password (forgotten, or feared known to others): every session of the account ends.
     * A temporary one must be replaced at the next sign-in.
     */
    @Transactional
    public Account resetPassword(Account actor, long accountId, String newPassword, boolean temporary) {
        Account account = find(accountId);
        account.passwordHash = passwords.hash("password", newPassword);
        account.mustChangePassword = temporary;
        endSessions(account);
        history.record(Account.idOf(actor), HistoryAction.PASSWORD_CHANGED, History.Subject.account(account.id), null,
                Map.of("resetBy", actor.username, "temporary", temporary));
        return account;
    }

    /**
     * The language of the desk's pages for this account: a code of {@link InterfaceLanguage}, or null (or blank) to
     * follow the browser. Sessions go on; the next request already reads the new setting.
     */
    @Transactional
    public void chooseInterfaceLanguage(long accountId, String code) {
        Account account = find(accountId);
        account.interfaceLanguage = code == null || code.isBlank() ? null : InterfaceLanguage.of(code)
                .filter(l -> l.code.equals(code))
                .orElseThrow(() -> new Invalid("interfaceLanguage", "interfaceLanguage must be one of "
                        + Arrays.stream(InterfaceLanguage.values()).map(l -> l.code).toList() + " or empty, not '" + code + "'"))
                .code;
        changed.fire(new AccountChanged(account.username));
    }

    /** Signing out ends the account's sessions everywhere, not only the cookie of this browser. */
    @Transactional
    public void signOut(long accountId) {
        endSessions(find(accountId));
    }

    private void endSessions(Account account) {
        account.endSessions();
        changed.fire(new AccountChanged(account.username));
    }

    private static Account find(long accountId) {
        return Account.<Account>findByIdOptional(accountId)
                .orElseThrow(() -> new NotFound("There is no account " + accountId));
    }

    @Transactional
    public java.util.List<AccountJson> all() {
        return Account.listByUsername().stream().map(AccountJson::of).toList();
    }

    @Transactional
    public boolean noAccountsYet() {
        return Account.count() == 0;
    }
}
