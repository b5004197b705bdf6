package io.claimdesk.account;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A token an integrator sends as {@code Authorization: Bearer …} to act as an account. The token itself is
 * shown once and never stored: only its SHA-256 (to find it) and its first characters (to tell it apart).
 */
@Entity
public class ApiToken extends PanacheEntity {

    /** The account the token signs in as; its roles, and whether it is enabled, apply. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    public Account account;

    @Column(nullable = false, length = 200)
    public String name;

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    @Column(nullable = false, unique = true, length = 64)
    public String tokenSha256;

    @Column(nullable = false, length = 12)
    public String prefix;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by_id")
    public Account createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    /** Set once revoked: the token signs in no more. */
    public Instant revokedAt;

    /** Roughly when the token was last used (written at most once a minute). */
    public Instant lastUsedAt;

    /** The token with that hash, with its account loaded (sign-in reads both). */
    static Optional<ApiToken> findBySha256(String sha256) {
        return find("from ApiToken t join fetch t.account where t.tokenSha256 = ?1", sha256).firstResultOptional();
    }

    static List<ApiToken> listNewestFirst() {
        return find("from ApiToken t join fetch t.account join fetch t.createdBy order by t.id desc").list();
    }
}
