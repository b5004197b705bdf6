package io.claimdesk.article;

import io.claimdesk.extraction.Language;
import io.claimdesk.web.DeskMessages;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An article's metadata without its text, read in one projection. Each *Evidence field holds the words the
 * value was inferred from; null evidence beside a value means a person gave it; a null value is unknown.
 */
public record ArticleSummary(long id, String title, String titleEvidence, String outlet, OutletStance outletStance,
                             Boolean outletStanceConfirmed, String outletStanceEvidence, OutletStance stanceSuggestion,
                             String stanceEvidence, String outletEvidence, String author, String authorEvidence, LocalDate published,
                             String publishedEvidence, String url, String sourceName, String lead, String sha256,
                             Instant importedAt, long claimCount, int version, String language) {

    static final String SELECT = """
            select new io.claimdesk.article.ArticleSummary(a.id, a.title, a.titleEvidence, o.name, o.stance,
                   o.stanceConfirmed, o.stanceEvidence, a.stanceSuggestion, a.stanceEvidence, a.outletEvidence, a.author, a.authorEvidence, a.published, a.publishedEvidence, a.url,
                   a.sourceName, a.lead, a.sha256, a.importedAt, (select count(c) from Claim c where c.article = a), a.version,
                   a.language)
            from Article a left join a.outlet o
            """;

    /** The article's language, for its badge beside the outlet. */
    public Language readIn() {
        return Language.stored(language);
    }

    /** The HTTP entity tag of this version of the article's metadata, for If-Match. */
    public String etag() {
        return "\"" + version + "\"";
    }

    /**
     * What a reader sees as the article's name, in the words given: its title, else "Untitled:" and the start of its
     * first sentence; never the import channel or a file name, which say nothing of the article.
     */
    public String displayTitle(DeskMessages words) {
        return title != null ? title : lead != null ? words.article_untitled(lead) : words.article_untitledNumber(id);
    }
}
