package io.claimdesk.review;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds http(s) links in plain text. Templates print each part escaped; only the link parts become anchors. */
public final class LinkedText {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)\\]]");

    /** A stretch of text; {@code link} is true when it is a URL to make clickable. */
    public record Part(String text, boolean link) {
    }

    private LinkedText() {
    }

    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher m = LINK.matcher(text);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) {
                parts.add(new Part(text.substring(from, m.start()), false));
            }
            parts.add(new Part(m.group(), true));
            from = m.end();
        }
        if (from < text.length()) {
            parts.add(new Part(text.substring(from), false));
        }
        return parts;
    }
}
