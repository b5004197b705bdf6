package io.claimdesk.article;

import io.claimdesk.extraction.Block;
import io.claimdesk.extraction.DateLines;
import io.claimdesk.extraction.Segmenter;
import io.claimdesk.extraction.Texts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads title, author, publication date and outlet from the page furniture the segmenter recognised:
 * the headline, the byline or the name line beside the date stamp, the first date stamp, and explicit
 * site-name cues (a light-edition offer, a copyright line, a wire dateline at the start of the body).
 * Nothing is guessed: a value the text does not state stays null.
 */
public final class MetadataInference {

    /** "By Julieta Pelcastre/Diálogo", "By Jane Doe | Reuters", "By Jane Doe, staff writer". */
    private static final Pattern BYLINE = Pattern.compile(
            "^by\\s+(?<author>[^/|,]+?)\\s*(?:[/|]\\s*(?<outlet>[^,]+?))?\\s*(?:,.*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A site offering its light or mobile edition names itself: "Switch to Iranwire Light?". */
    private static final Pattern SITE_EDITION = Pattern.compile(
            "\\b[Ss]witch to (?<outlet>\\p{Lu}[\\p{L}\\p{N}.&'-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'-]*){0,3}) (?:Light|Lite|Mobile|Classic)\\b");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?:©|\\([cC]\\)|[Cc]opyright)\\s*(?:©\\s*)?(?:(?:19|20)\\d\\d(?:\\s*[-–]\\s*(?:19|20)\\d\\d)?\\s+)?"
                    + "(?<outlet>\\p{Lu}[\\p{L}\\p{N}.&'-]*(?: \\p{Lu}[\\p{L}\\p{N}.&'-]*){0,3})");

    /** A wire dateline names the agency: "CARACAS, March 3 (Reuters) - …", "LA PAZ (AP) — …". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'-]{1,30}(?:,\\s*\\p{Lu}[\\p{L}.]*\\s+\\d{1,2})?\\s*\\((?<outlet>\\p{Lu}[\\p{L}&. -]{0,30})\\)\\s*[-–—]");

    private final Segmenter segmenter = new Segmenter();

    public InferredMetadata infer(String text) {
        return infer(text, null);
    }

    /** @param url the address the editor gave with the text, or null */
    public InferredMetadata infer(String text, String url) {
        List<Block> blocks = segmenter.segment(text);
        Inferred<String> title = null;
        Inferred<String> author = null;
        Inferred<LocalDate> published = null;
        Inferred<String> outlet = null;
        Inferred<LocalDate> updated = null;
        boolean seenBody = false;
        for (Block b : blocks) {
            switch (b.rule()) {
                case Segmenter.HEADLINE -> {
                    if (title == null) {
                        title = inferred(text, Texts.normalizeSpace(b.text()), b.start(), b.end());
                    }
                }
                case Segmenter.DATE_LINE -> {
                    Optional<DateLines.Stamp> stamp = DateLines.stamp(b.text());
                    if (stamp.isPresent()) {
                        DateLines.Stamp s = stamp.get();
                        Inferred<LocalDate> date = inferred(text, s.date(), b.start() + s.start(), b.start() + s.end());
                        if (!s.updated() && published == null) {
                            published = date;
                        } else if (s.updated() && updated == null) {
                            updated = date;
                        }
                    }
                }
                case Segmenter.BYLINE -> {
                    Matcher m = BYLINE.matcher(b.text());
                    if (m.matches()) {
                        if (author == null) {
                            author = group(text, b, m, "author");
                        }
                        if (outlet == null && m.group("outlet") != null) {
                            outlet = group(text, b, m, "outlet");
                        }
                    }
                }
                case Segmenter.AUTHOR_LINE -> {
                    if (author == null) {
                        author = inferred(text, Texts.normalizeSpace(b.text()), b.start(), b.end());
                    }
                }
                case Segmenter.BODY -> {
                    if (outlet == null && !seenBody) {
                        Matcher m = WIRE_DATELINE.matcher(b.text());
                        outlet = m.find() ? group(text, b, m, "outlet") : null;
                    }
                    seenBody = true;
                }
                default -> {
                    if (outlet == null && b.furniture()) {
                        outlet = siteName(text, b);
                    }
                }
            }
        }
        return new InferredMetadata(title, author, published != null ? published : updated, outlet);
    }

    private static Inferred<String> siteName(String text, Block b) {
        for (Pattern p : List.of(SITE_EDITION, COPYRIGHT)) {
            Matcher m = p.matcher(b.text());
            if (m.find()) {
                return group(text, b, m, "outlet");
            }
        }
        return null;
    }

    private static Inferred<String> group(String text, Block b, Matcher m, String name) {
        return inferred(text, m.group(name).strip(), b.start() + m.start(name), b.start() + m.end(name));
    }

    /** Evidence is always the exact text between the offsets, converted from UTF-16 to code points. */
    private static <T> Inferred<T> inferred(String text, T value, int startChar, int endChar) {
        int startCp = text.codePointCount(0, startChar);
        int endCp = startCp + text.codePointCount(startChar, endChar);
        return new Inferred<>(value, text.substring(startChar, endChar), startCp, endCp);
    }
}
