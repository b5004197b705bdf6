package io.claimdesk.account;

import io.claimdesk.history.History;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.web.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/** Creating, disabling and re-keying accounts; every change goes to the history. */
@ApplicationScoped
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,100}");

    private final Passwords passwords;
    private final History history;

    Accounts(Passwords passwords, History history) {
        this.passwords = passwords;
        this.history = history;
    }

    /** A new account; actor null means the system. Throws 400 for bad input and {@link UsernameTakenException}. */
    @Transactional
    public Account create(Account actor, String username, String password, String roleId, boolean mustChangePassword) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidInputException("username",
                    "A username has 2 to 100 letters, digits, dots, dashes or underscores.");
        }
        Role role = Role.fromId(roleId);
        if (role == null) {
            throw new InvalidInputException("role", "role must be one of reviewer, editor, admin");
        }
        String hash = passwords.hash("password", password);
        if (Account.findByUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        Account account = new Account();
        account.username = username;
        account.passwordHash = hash;
        account.role = role;
        account.mustChangePassword = mustChangePassword;
        account.createdAt = Instant.now();
        account.persist();
        history.record(actor, HistoryAction.ACCOUNT_CREATED, History.Subject.account(account), null,
                Map.of("username", username, "role", role.id()));
        return account;
    }

    @Transactional
    public Account disable(Account actor, long accountId) {
        Account account = Account.<Account>findByIdOptional(accountId)
                .orElseThrow(() -> new NotFoundException("There is no account " + accountId));
        if (account.id.equals(actor.id)) {
            throw new InvalidInputException("account", "You cannot disable your own account.");
        }
        if (account.enabled) {
            account.enabled = false;
            history.record(actor, HistoryAction.ACCOUNT_DISABLED, History.Subject.account(account),
                    Map.of("enabled", true), Map.of("enabled", false));
        }
        return account;
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = Account.findById(accountId);
        if (!passwords.matches(currentPassword, account.passwordHash)) {
            throw new InvalidInputException("currentPassword", "That is not your current password.");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "Choose a password different from the current one.");
        }
        account.passwordHash = passwords.hash("newPassword", newPassword);
        account.mustChangePassword = false;
        history.record(account, HistoryAction.PASSWORD_CHANGED, History.Subject.account(account), null, null);
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
