package io.claimdesk.intake;

import io.claimdesk.article.MetadataFields;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.WebAddress;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a page says about itself in its markup, each value with the tag it came from. The most deliberate statement
 * wins: JSON-LD (written for search engines, checked by them), then OpenGraph and {@code article:*} tags, then
 * {@code <meta name=…>}, then the title tag and the story's {@code <time>}. Nothing is guessed: a missing value is
 * null, and a value that cannot be read (a date that is no date) is passed over for the next source.
 */
final class HtmlMeta {

    private static final List<String> PUBLISHED_TAGS = List.of("article:published_time", "og:published_time");
    private static final List<String> PUBLISHED_NAMES = List.of("date", "pubdate", "publishdate", "publish-date",
            "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "parsely-pub-date", "sailthru.date",
            "article.published");
    private static final List<String> MODIFIED_TAGS = List.of("article:modified_time", "og:updated_time");
    private static final List<String> MODIFIED_NAMES = List.of("last-modified", "dcterms.modified");
    private static final List<String> AUTHOR_NAMES = List.of("author", "dc.creator", "parsely-author",
            "sailthru.author");
    /** A profile link is where a byline points, not a byline: article:author often holds one. */
    private static final Pattern ADDRESS = Pattern.compile("^(https?:|www\\.|/)|://", Pattern.CASE_INSENSITIVE);

    private HtmlMeta() {
    }

    static PageValue title(Document doc, JsonLd.Article ld) {
        String titleTag = blankToNull(doc.title());
        return first(Stream.of(ld.headline(), tag(doc, "og:title"), tag(doc, "twitter:title"),
                titleTag == null ? null : new PageValue(titleTag, "the page's title tag")), v -> true);
    }

    /** The byline; an outlet named as its own author (by the publisher or the site name) is none. */
    static PageValue author(Document doc, JsonLd.Article ld) {
        PageValue site = siteName(doc, ld);
        Predicate<PageValue> byline = v -> !isAddress(v.value())
                && (ld.publisher() == null || !v.value().equalsIgnoreCase(ld.publisher().value()))
                && (site == null || !v.value().equalsIgnoreCase(site.value()));
        return first(Stream.concat(Stream.of(ld.author(), tag(doc, "article:author")),
                AUTHOR_NAMES.stream().map(n -> tag(doc, n))), byline);
    }

    static PageValue published(Document doc, Element root, JsonLd.Article ld) {
        return first(Stream.of(Stream.of(ld.datePublished()), dates(doc, PUBLISHED_TAGS), dates(doc, PUBLISHED_NAMES),
                Stream.of(storyTime(root))).flatMap(s -> s), HtmlMeta::readableDay);
    }

    static PageValue modified(Document doc, JsonLd.Article ld) {
        return first(Stream.of(Stream.of(ld.dateModified()), dates(doc, MODIFIED_TAGS), dates(doc, MODIFIED_NAMES))
                .flatMap(s -> s), HtmlMeta::readableDay);
    }

    /** The outlet's own name for itself; the JSON-LD publisher when the page has no og:site_name. */
    static PageValue siteName(Document doc, JsonLd.Article ld) {
        return first(Stream.of(tag(doc, "og:site_name"), ld.publisher()), v -> true);
    }

    static boolean isAddress(String value) {
        return ADDRESS.matcher(value).find();
    }

    /**
     * Only an absolute http(s) URL counts: the value may end up in a link, and a relative one without the page's
     * address cannot be resolved.
     */
    static String canonicalUrl(Document doc) {
        Element link = doc.select("link[rel][href]").stream()
                .filter(l -> Arrays.asList(HtmlText.lower(l.attr("rel")).trim().split("\\s+")).contains("canonical"))
                .findFirst().orElse(null);
        Element og = meta(doc, "og:url");
        return Stream.of(link == null ? null : web(link.absUrl("href")), og == null ? null : web(og.absUrl("content")))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** A day the article's published field accepts, as the page's own calendar has it (its offset, not UTC). */
    private static boolean readableDay(PageValue date) {
        try {
            return MetadataFields.published(date.value()) != null;
        } catch (Invalid unreadable) {
            return false;
        }
    }

    /** A date only counts when the chosen story holds it, outside its comments and teasers. */
    private static PageValue storyTime(Element root) {
        if (!root.normalName().equals("article")) {
            return null;
        }
        return root.select("time[datetime]").stream()
                .filter(t -> t.parents().stream().takeWhile(p -> p != root).noneMatch(HtmlClutter::isClutter))
                .map(t -> blankToNull(t.attr("datetime")))
                .filter(Objects::nonNull).findFirst()
                .map(v -> new PageValue(v, "the story's <time datetime>: " + v)).orElse(null);
    }

    private static Stream<PageValue> dates(Document doc, List<String> keys) {
        return keys.stream().map(k -> tag(doc, k)).filter(Objects::nonNull)
                .map(v -> new PageValue(v.value(), v.evidence() + ": " + v.value()));
    }

    /**
     * A meta tag's content, its evidence the tag as the page wrote it: "og:title" for OpenGraph's namespaced keys,
     * "meta name=author" for the others.
     */
    private static PageValue tag(Document doc, String key) {
        Element m = meta(doc, key);
        if (m == null) {
            return null;
        }
        String attribute = key.equalsIgnoreCase(m.attr("name").trim()) ? "name" : "property";
        return new PageValue(blankToNull(m.attr("content")), key.contains(":") ? key : "meta " + attribute + "=" + key);
    }

    /** Sites mix up {@code property} and {@code name}, so either is accepted for any key. */
    private static Element meta(Document doc, String key) {
        return doc.select("meta[content]").stream()
                .filter(m -> key.equalsIgnoreCase(m.attr("property").trim()) || key.equalsIgnoreCase(m.attr("name").trim()))
                .filter(m -> blankToNull(m.attr("content")) != null)
                .findFirst().orElse(null);
    }

    /** An address an article's URL could be: the same check as one an editor types. */
    private static String web(String url) {
        return WebAddress.checked(url, MetadataFields.URL_CHARS);
    }

    private static PageValue first(Stream<PageValue> values, Predicate<PageValue> usable) {
        return values.filter(Objects::nonNull).filter(usable).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
