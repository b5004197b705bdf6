package io.claimdesk.intake;

import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/** What a reader of the story does not read as part of it: page chrome, hidden text, comments, promotions. */
final class HtmlClutter {

    private static final Set<String> TAGS = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "form", "button", "input", "select", "textarea", "nav", "aside", "footer", "object", "embed",
            "noembed", "noframes");

    /**
     * Matched against whole class/id tokens and their hyphen or underscore parts, never substrings, so that
     * {@code comment-list} goes and {@code commentary} stays.
     */
    private static final Set<String> WORDS = Set.of("comment", "comments", "share", "social", "related",
            "newsletter", "newsletters", "subscribe", "advert", "adverts", "advertisement", "promo", "promos",
            "cookie", "cookies");

    private static final Pattern NAME_PARTS = Pattern.compile("[\\s_-]+");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
            Pattern.CASE_INSENSITIVE);

    private HtmlClutter() {
    }

    /** Removes the clutter below {@code root}; root itself always stays, whatever its class says. */
    static void strip(Element root) {
        for (Element child : root.children()) {
            if (isClutter(child)) {
                child.remove();
            } else if (child.normalName().equals("header")) {
                keepStoryTitle(child);
            } else {
                strip(child);
            }
        }
    }

    /** True when the element or an ancestor below {@code <body>} is clutter. */
    static boolean isInsideClutter(Element e) {
        for (Element at = e; at != null && !at.normalName().equals("body"); at = at.parent()) {
            if (isClutter(at)) {
                return true;
            }
        }
        return false;
    }

    static boolean isClutter(Element e) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            // ASP.NET pages wrap the whole page, story included, in one <form>.
            return !(tag.equals("form") && e.selectFirst("main, article, h1") != null);
        }
        return e.hasAttr("hidden")
                || e.attr("aria-hidden").trim().equalsIgnoreCase("true")
                || HIDDEN_STYLE.matcher(e.attr("style")).find()
                || hasClutterName(e.id() + " " + e.className());
    }

    private static boolean hasClutterName(String names) {
        return Arrays.stream(NAME_PARTS.split(HtmlText.lower(names))).anyMatch(WORDS::contains);
    }

    /** A story's header carries kicker, byline and date; only its headline is part of the text. */
    private static void keepStoryTitle(Element header) {
        Element title = header.closest("article") == null ? null : header.selectFirst("h1");
        if (title == null || isInsideClutter(title)) {
            header.remove();
            return;
        }
        header.replaceWith(title);
        strip(title);
    }
}
