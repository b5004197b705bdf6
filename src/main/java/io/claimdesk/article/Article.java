package io.claimdesk.article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One imported text, stored exactly as given. Each metadata field may carry the evidence string it
 * was inferred from; a field with a value and no evidence was given by a person.
 */
@Entity
public class Article extends PanacheEntity {

    /** Hex SHA-256 of the text's UTF-8 bytes: the article's identity. */
    @Column(nullable = false, unique = true, length = 64)
    public String sha256;

    /** Read and written as a plain string (not a LOB) on both databases; the column is a long varchar. */
    @Column(nullable = false, length = 10_000_000)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    public String text;

    public String title;
    public String titleEvidence;
    public String author;
    public String authorEvidence;
    public LocalDate published;
    public String publishedEvidence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "outlet_id")
    public Outlet outlet;

    public String outletEvidence;

    /** The article's language: {@code en}, {@code es}, {@code pt}, or {@code und} when it could not be told. */
    @Column(nullable = false, length = 3)
    public String language = "und";

    /** The extractor's reading of this article's own voice toward the subject. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OutletStance stanceSuggestion = OutletStance.UNKNOWN;

    /** The phrases {@link #stanceSuggestion} rests on. */
    public String stanceEvidence;
    public String url;

    /** The start of the first body sentence: the name of an article whose text states no title. */
    public String lead;

    /** The file or upload name the text came from, for the editor's reference. */
    public String sourceName;

    @Column(nullable = false)
    public Instant importedAt;

    /** SHA-256 of the body text alone (furniture left out, spacing and case folded): what makes two copies one story. */
    @Column(name = "body_sha256", length = 64)
    public String bodySha256;

    /** The first stored copy of the same body text, when this article reached the desk through another site. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "repost_of_id")
    public Article repostOf;

    /**
     * When the matcher last linked this article's claims to the corpus; null while they are still to be linked.
     * Written only by bulk updates (the matcher marks, a re-extraction clears), never through the entity: an edit
     * saved meanwhile neither writes back the value it read nor bumps {@link #version} by a marking.
     */
    @Column(name = "matched_at", insertable = false, updatable = false)
    public Instant matchedAt;

    @Version
    @Column(nullable = false)
    public int version;

    public static Optional<Article> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }
}
