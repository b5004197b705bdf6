package io.claimdesk.intake;

import io.claimdesk.article.MetadataFields;
import io.claimdesk.web.WebAddress;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.stream.Stream;

/** What a page says about itself in its markup. Nothing is guessed: a missing value is null. */
final class HtmlMeta {

    private HtmlMeta() {
    }

    static String title(Document doc) {
        return first(content(doc, "og:title"), blankToNull(doc.title()));
    }

    static String author(Document doc) {
        return first(content(doc, "author"), content(doc, "article:author"));
    }

    static String published(Document doc, Element root) {
        return first(content(doc, "article:published_time"), storyTime(root), content(doc, "date"));
    }

    static String siteName(Document doc) {
        return content(doc, "og:site_name");
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
        return first(link == null ? null : web(link.absUrl("href")), og == null ? null : web(og.absUrl("content")));
    }

    /** A date only counts when the chosen story holds it, outside its comments and teasers. */
    private static String storyTime(Element root) {
        if (!root.normalName().equals("article")) {
            return null;
        }
        return root.select("time[datetime]").stream()
                .filter(t -> t.parents().stream().takeWhile(p -> p != root).noneMatch(HtmlClutter::isClutter))
                .map(t -> blankToNull(t.attr("datetime")))
                .filter(v -> v != null).findFirst().orElse(null);
    }

    /** Sites mix up {@code property} and {@code name}, so either is accepted for any key. */
    private static Element meta(Document doc, String key) {
        return doc.select("meta[content]").stream()
                .filter(m -> key.equalsIgnoreCase(m.attr("property").trim()) || key.equalsIgnoreCase(m.attr("name").trim()))
                .filter(m -> blankToNull(m.attr("content")) != null)
                .findFirst().orElse(null);
    }

    private static String content(Document doc, String key) {
        Element m = meta(doc, key);
        return m == null ? null : blankToNull(m.attr("content"));
    }

    /** An address an article's URL could be: the same check as one an editor types. */
    private static String web(String url) {
        return WebAddress.checked(url, MetadataFields.URL_CHARS);
    }

    private static String first(String... values) {
        return Stream.of(values).filter(v -> v != null).findFirst().orElse(null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
