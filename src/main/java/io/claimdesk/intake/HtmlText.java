package io.claimdesk.intake;

import io.claimdesk.failure.Invalid;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A saved web page to its article's text: the story itself, without the page's menus, comments and adverts. */
public final class HtmlText {

    /** Below this many characters an {@code <article>} is a teaser card or a comment, not the story. */
    static final int SUBSTANTIAL_CHARS = 200;
    /**
     * Browsers stop nesting elements at 512 levels (Chromium's parser does). A page deeper than that is built to break
     * parsers, and the cleaning below recurses once per level: it is refused before any of it runs.
     */
    static final int MAX_DEPTH = 512;

    private static final Pattern HTML_START = Pattern.compile("^[\\s\\uFEFF]*<(!doctype\\s+html|html[\\s>])",
            Pattern.CASE_INSENSITIVE);
    private static final List<Pattern> HTML_MARKERS = List.of("<p[\\s>]", "<div", "<body", "<article").stream()
            .map(m -> Pattern.compile(m, Pattern.CASE_INSENSITIVE)).toList();

    private HtmlText() {
    }

    public static HtmlArticle of(String html, String baseUrl) {
        Document doc = Jsoup.parse(html, baseUrl == null ? "" : baseUrl);
        refuseTooDeep(doc);
        Element root = contentRoot(doc);
        // Read before the clutter goes: the story's <time> usually sits in its <header>, and JSON-LD in a <script>.
        String canonicalUrl = HtmlMeta.canonicalUrl(doc);
        JsonLd.Article ld = JsonLd.of(doc, canonicalUrl);
        PageValue title = HtmlMeta.title(doc, ld);
        PageValue author = HtmlMeta.author(doc, ld);
        PageValue published = HtmlMeta.published(doc, root, ld);
        PageValue modified = HtmlMeta.modified(doc, ld);
        PageValue siteName = HtmlMeta.siteName(doc, ld);
        HtmlClutter.strip(root);
        return new HtmlArticle(HtmlParagraphs.of(root), title, author, published, canonicalUrl, siteName, modified,
                ld.publisher());
    }

    /** Walks the tree without recursion (jsoup's traversor keeps its own stack) and stops at the first node too deep. */
    private static void refuseTooDeep(Document doc) {
        boolean[] tooDeep = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                tooDeep[0] = depth > MAX_DEPTH;
                return tooDeep[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, doc);
        if (tooDeep[0]) {
            throw new Invalid("text", "The HTML nests its elements more than " + MAX_DEPTH
                    + " levels deep, deeper than browsers show. Save the page again from a browser, or paste its text.");
        }
    }

    public static boolean looksLikeHtml(String text) {
        if (HTML_START.matcher(text).find()) {
            return true;
        }
        return HTML_MARKERS.stream().filter(m -> m.matcher(text).find()).limit(2).count() == 2;
    }

    static Element contentRoot(Document doc) {
        List<Element> stories = doc.select("article").stream()
                .filter(a -> !HtmlClutter.isInsideClutter(a))
                .filter(a -> cleanLength(a) >= SUBSTANTIAL_CHARS)
                .toList();
        // An <article> wrapping another substantial one is a page wrapper; the inner one is the story. The wrappers are
        // collected once, so thousands of articles cost thousands of walks up the tree, not millions.
        Set<Element> wrappers = Collections.newSetFromMap(new IdentityHashMap<>());
        stories.forEach(a -> wrappers.addAll(a.parents()));
        List<Element> innermost = stories.stream().filter(a -> !wrappers.contains(a)).toList();
        if (innermost.size() == 1) {
            return innermost.get(0);
        }
        return doc.select("main").stream().filter(m -> !HtmlClutter.isInsideClutter(m)).findFirst()
                .orElse(doc.body());
    }

    private static int cleanLength(Element article) {
        Element copy = article.clone();
        HtmlClutter.strip(copy);
        return copy.text().length();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
