package io.claimdesk.intake;

import io.claimdesk.article.Inferred;
import io.claimdesk.article.MetadataFields;
import io.claimdesk.article.InferredMetadata;
import io.claimdesk.article.NewArticle;
import io.claimdesk.article.OutletStance;
import io.claimdesk.failure.FieldChecks;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.TooLarge;
import io.claimdesk.fetch.Fetched;
import io.claimdesk.web.Params;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Every way in (form, upload, API body, bulk) passes here before the importer: size, bytes, format, the text's
 * length and each typed field are checked, and each refusal names what to fix. Nothing is stored here.
 */
@ApplicationScoped
public class Intake {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** Shorter than this, a text is a headline or a teaser: nothing to draw claims from. */
    public static final int MIN_BODY_CHARS = 200;

    /** Answered 413 with the limit and how to get under it. */
    static TooLarge tooLarge(long bytes) {
        return new TooLarge("The upload has " + bytes + " bytes; one article may have at most " + MAX_BYTES
                + " bytes (5 MB). Split it, or upload the article's text without images or attachments.");
    }

    public Prepared prepare(Upload upload, GivenFields given, String sourceName) {
        byte[] bytes = upload.bytes() == null ? new byte[0] : upload.bytes();
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(bytes.length);
        }
        BodyDecoder.Decoded decoded = BodyDecoder.decode(bytes);
        return prepared(decoded.text(), format(upload, decoded.text()), decoded.charset(), given, sourceName, false);
    }

    /**
     * A page fetched from its link, read like an upload of the same type. Its text was decoded by the fetcher with
     * the charset the site declared. The article's link is the page's canonical URL when it names one (the same story
     * reached through another link is one article), else where the fetch ended, its tracking parameters dropped.
     */
    public Prepared prepareFetched(Fetched fetched, String sourceName) {
        String format = fetched.isHtml() ? "html" : fetched.isMarkdown() ? "markdown" : "text";
        GivenFields given = new GivenFields(null, null, null, null, fetched.finalUrl(), null, null);
        return prepared(fetched.text(), format, fetched.charset(), given, sourceName, true);
    }

    private Prepared prepared(String decoded, String format, String charset, GivenFields given, String sourceName,
                              boolean fetched) {
        String text = decoded;
        String link = given.url();
        InferredMetadata hints = null;
        if (format.equals("html")) {
            HtmlArticle page = HtmlText.of(text, given.url());
            text = page.text();
            hints = hints(page);
            if (fetched && page.canonicalUrl() != null) {
                link = page.canonicalUrl();
            }
        } else if (format.equals("markdown")) {
            text = MarkdownText.of(text);
        }
        if (fetched) {
            link = TrackingParameters.dropped(link);
        }
        // Every wrong field is answered at once: the form shows each message beside its field.
        FieldChecks checks = new FieldChecks();
        String read = text;
        String body = checks.value(() -> checkedBody(read));
        String title = checks.value(() -> MetadataFields.title(given.title()));
        String outlet = checks.value(() -> MetadataFields.outlet(given.outlet()));
        String author = checks.value(() -> MetadataFields.author(given.author()));
        LocalDate published = checks.value(() -> MetadataFields.published(given.published()));
        String givenUrl = link;
        String url = checks.value(() -> MetadataFields.url(givenUrl));
        OutletStance stance = checks.value(() -> stance(given.outletStance()));
        String language = checks.value(() -> MetadataFields.language(given.language()));
        checks.refuseIfAny();
        NewArticle article = new NewArticle(body, title, outlet, author, published, url, sourceName, stance, hints,
                language);
        return new Prepared(article, format, charset);
    }

    private static String format(Upload upload, String text) {
        String type = upload.contentType() == null ? "" : upload.contentType().toLowerCase(Locale.ROOT);
        String name = upload.filename() == null ? "" : upload.filename().toLowerCase(Locale.ROOT);
        if (type.startsWith("text/html") || name.endsWith(".html") || name.endsWith(".htm") || HtmlText.looksLikeHtml(text)) {
            return "html";
        }
        if (type.startsWith("text/markdown") || name.endsWith(".md") || name.endsWith(".markdown")) {
            return "markdown";
        }
        return "text";
    }

    private static String checkedBody(String text) {
        if (text.isBlank()) {
            throw new Invalid("text", "The text is empty: paste the article or choose a file with its text.");
        }
        int length = text.strip().codePointCount(0, text.strip().length());
        if (length < MIN_BODY_CHARS) {
            throw new Invalid("text", "The article's text has " + length + " characters; an article needs at least "
                    + MIN_BODY_CHARS + " to draw claims from. Paste the whole article, not its headline or teaser.");
        }
        return text;
    }

    private static OutletStance stance(String value) {
        return Params.parseEnum("outletStance", value, OutletStance.class);
    }

    /**
     * What the page says about itself, as inferences naming the tag each came from ({@link HtmlMeta}): never as given
     * values. The page's published date was read as a day already; its evidence keeps the time as the page wrote it.
     */
    private static InferredMetadata hints(HtmlArticle page) {
        return new InferredMetadata(outside(page.title()), outside(page.author()),
                page.published() == null ? null : Inferred.outsideText(
                        MetadataFields.published(page.published().value()), page.published().evidence()),
                outside(page.siteName()));
    }

    private static Inferred<String> outside(PageValue found) {
        return found == null ? null : Inferred.outsideText(found.value(), found.evidence());
    }
}
