package io.claimdesk.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The article a page describes in its {@code <script type="application/ld+json">} blocks (schema.org, as news sites
 * write it for search engines). A block that is not JSON is skipped: the page still imports, from its other tags.
 */
final class JsonLd {

    /** The schema.org types that describe one story; a WebPage or a NewsMediaOrganization does not. */
    static final Set<String> ARTICLE_TYPES = Set.of("NewsArticle", "Article", "ReportageNews", "BlogPosting",
            "OpinionNewsArticle", "AnalysisNewsArticle");
    /** How far nested {@code @graph}s and arrays are followed: pages nest two or three levels, never more. */
    private static final int MAX_DEPTH = 8;
    /** Raw line breaks and trailing commas are common in hand-built JSON-LD, and reading them guesses nothing. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA).build();

    /** What the chosen article object states; each field null when absent. Dates are raw, as written. */
    record Article(PageValue headline, PageValue author, PageValue datePublished, PageValue dateModified,
                   PageValue publisher) {
        static final Article NONE = new Article(null, null, null, null, null);
    }

    private JsonLd() {
    }

    /**
     * The page's article: the first one described, or, when several are and the page names its canonical URL, the first
     * that says it is that page's.
     */
    static Article of(Document doc, String canonicalUrl) {
        List<JsonNode> articles = new ArrayList<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (Element script : doc.select("script[type]")) {
            if (HtmlText.lower(script.attr("type")).trim().equals("application/ld+json")) {
                JsonNode tree = parse(script.data());
                if (tree != null) {
                    collect(tree, articles, byId, 0);
                }
            }
        }
        if (articles.isEmpty()) {
            return Article.NONE;
        }
        JsonNode chosen = articles.stream().filter(a -> articles.size() > 1 && isPage(a, canonicalUrl)).findFirst()
                .orElse(articles.get(0));
        return read(chosen, byId);
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException malformed) {
            return null;
        }
    }

    /** Articles at the top, in arrays, in {@code @graph} and as a page's {@code mainEntity}; every node with an @id. */
    private static void collect(JsonNode node, List<JsonNode> articles, Map<String, JsonNode> byId, int depth) {
        if (node == null || depth > MAX_DEPTH) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, articles, byId, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String id = text(node.get("@id"));
        // A bare {"@id": …} is a reference, not the node it names.
        if (id != null && node.size() > 1) {
            byId.putIfAbsent(id, node);
        }
        if (isArticle(node)) {
            articles.add(node);
        }
        collect(node.get("@graph"), articles, byId, depth + 1);
        collect(node.get("mainEntity"), articles, byId, depth + 1);
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonNode> types = type.isArray() ? StreamSupport.stream(type.spliterator(), false).toList() : List.of(type);
        return types.stream().map(JsonLd::text).filter(Objects::nonNull).map(JsonLd::localName)
                .anyMatch(ARTICLE_TYPES::contains);
    }

    /** "https://schema.org/NewsArticle" and "schema:NewsArticle" are "NewsArticle". */
    private static String localName(String type) {
        return type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
    }

    private static boolean isPage(JsonNode article, String canonicalUrl) {
        if (canonicalUrl == null) {
            return false;
        }
        JsonNode page = article.get("mainEntityOfPage");
        List<String> claimed = new ArrayList<>();
        claimed.add(text(article.get("url")));
        claimed.add(text(page));
        if (page != null && page.isObject()) {
            claimed.add(text(page.get("@id")));
            claimed.add(text(page.get("url")));
        }
        return claimed.stream().filter(Objects::nonNull).anyMatch(u -> sameAddress(u, canonicalUrl));
    }

    private static boolean sameAddress(String a, String b) {
        return trimSlash(a).equals(trimSlash(b));
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Article read(JsonNode article, Map<String, JsonNode> byId) {
        PageValue headline = value(article.get("headline"), "JSON-LD headline");
        if (headline == null) {
            headline = value(article.get("name"), "JSON-LD name");
        }
        JsonNode publisherNode = resolve(first(article.get("publisher")), byId);
        String publisher = publisherNode == null ? null
                : publisherNode.isTextual() ? clean(publisherNode.asText()) : clean(text(publisherNode.get("name")));
        String author = authors(article.get("author"), byId, publisherNode, publisher);
        return new Article(headline,
                author == null ? null : new PageValue(author, "JSON-LD author"),
                date(article.get("datePublished"), "JSON-LD datePublished"),
                date(article.get("dateModified"), "JSON-LD dateModified"),
                publisher == null ? null : new PageValue(publisher, "JSON-LD publisher"));
    }

    /**
     * Every named author in order, joined by ", ". The publisher credited as author is no byline (many sites do that
     * when nobody signs), so it is left out, and an author given only as a web address is no name.
     */
    private static String authors(JsonNode author, Map<String, JsonNode> byId, JsonNode publisherNode, String publisher) {
        if (author == null) {
            return null;
        }
        List<JsonNode> entries = author.isArray() ? StreamSupport.stream(author.spliterator(), false).toList()
                : List.of(author);
        List<String> names = new ArrayList<>();
        for (JsonNode entry : entries) {
            JsonNode person = resolve(entry, byId);
            if (person == null || person == publisherNode) {
                continue;
            }
            String name = person.isTextual() ? clean(person.asText()) : clean(text(person.get("name")));
            if (name != null && !HtmlMeta.isAddress(name) && !name.equalsIgnoreCase(publisher) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** A {"@id": …} reference as the node it names, when the page holds it; otherwise the reference itself. */
    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node != null && node.isObject() && !node.has("name")) {
            String id = text(node.get("@id"));
            if (id != null && byId.containsKey(id)) {
                return byId.get(id);
            }
        }
        return node;
    }

    private static JsonNode first(JsonNode node) {
        return node != null && node.isArray() ? node.get(0) : node;
    }

    private static PageValue value(JsonNode node, String evidence) {
        String v = clean(text(node));
        return v == null ? null : new PageValue(v, evidence);
    }

    private static PageValue date(JsonNode node, String field) {
        String v = clean(text(node));
        return v == null ? null : new PageValue(v, field + ": " + v);
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    /** Sites escape their JSON-LD text as HTML ("Smith &amp; Sons") and wrap it in spaces; neither is the value. */
    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String v = Parser.unescapeEntities(s, false).replaceAll("\\s+", " ").strip();
        return v.isEmpty() ? null : v;
    }
}
