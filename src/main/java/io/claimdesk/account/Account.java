package io.claimdesk.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A person who signs in. The password is stored only as a bcrypt hash. */
@Entity
public class Account extends PanacheEntity {

    @Column(nullable = false, unique = true)
    public String username;

    @Column(nullable = false)
    public String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    /** A disabled account cannot sign in, and its open sessions stop working. */
    @Column(nullable = false)
    public boolean enabled = true;

    /** Set for a generated password: the account may do nothing but choose its own. */
    @Column(nullable = false)
    public boolean mustChangePassword;

    @Column(nullable = false)
    public Instant createdAt;

    /**
     * Every session cookie names the epoch it was signed in at; moving it on ends all of the account's sessions at
     * their next request, wherever a cookie was copied to (a cookie is encrypted but holds no server-side state).
     */
    @Column(nullable = false)
    public int sessionEpoch;

    /** The language of the desk's pages this person chose ("en", "es"); null follows their browser. */
    public String interfaceLanguage;

    /** The id of an account, or null for the system itself (no account): who history records as the actor. */
    public static Long idOf(Account account) {
        return account == null ? null : account.id;
    }

    /** Ends every open session of this account: sign-out, a new password, disabling. */
    public void endSessions() {
        sessionEpoch++;
    }

    public static Optional<Account> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static List<Account> listByUsername() {
        return list("order by username");
    }
}
