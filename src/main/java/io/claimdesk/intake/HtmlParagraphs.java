package io.claimdesk.intake;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders cleaned HTML as paragraphs: every block element starts and ends one, so text a div holds directly becomes
 * its own paragraph. Only text nodes are read, so no tag, attribute or script survives into the text.
 */
final class HtmlParagraphs {

    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "figcaption", "dt", "dd", "td", "th", "div", "section", "article", "main", "body", "figure", "ul",
            "ol", "dl", "table", "tr", "caption", "address", "details", "summary", "hr", "center");

    /** HTML's whitespace; a no-break space is content and stays. */
    private static final Pattern HTML_SPACE = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" *\n *");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    private HtmlParagraphs() {
    }

    static String of(Element root) {
        HtmlParagraphs out = new HtmlParagraphs();
        out.block(root, false);
        return String.join("\n\n", out.paragraphs);
    }

    private void block(Element e, boolean preformatted) {
        flush(preformatted);
        children(e, preformatted);
        flush(preformatted);
    }

    private void children(Element parent, boolean preformatted) {
        for (Node node : parent.childNodes()) {
            if (node instanceof TextNode text) {
                String raw = text.getWholeText();
                current.append(preformatted ? raw : HTML_SPACE.matcher(raw).replaceAll(" "));
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                boolean pre = preformatted || tag.equals("pre");
                if (tag.equals("br")) {
                    current.append('\n');
                } else if (BLOCKS.contains(tag) || e.tag().isBlock()) {
                    block(e, pre);
                } else {
                    children(e, pre);
                }
            }
        }
    }

    private void flush(boolean preformatted) {
        String p = current.toString();
        current.setLength(0);
        if (!preformatted) {
            p = SPACE_AROUND_BREAK.matcher(p).replaceAll("\n").replaceAll(" {2,}", " ");
        }
        p = p.strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
    }
}
