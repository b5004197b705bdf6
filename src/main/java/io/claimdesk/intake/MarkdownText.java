package io.claimdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown to the plain text a reader sees: markup characters go, words stay as typed. Blocks become paragraphs
 * separated by a blank line; the lines inside a block keep their line breaks.
 */
public final class MarkdownText {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(?:=+|-+)[ \\t]*$");
    /** Possessive, so a line of 100,000 dashes is one loop, not 100,000 nested calls (a StackOverflowError). */
    private static final Pattern THEMATIC_BREAK = Pattern.compile("^ {0,3}([-*_])[ \\t]*+\\1(?:[ \\t]*+\\1)++[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}> ?");
    private static final Pattern LIST_MARKER = Pattern.compile("^[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+");
    private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$");

    private final List<String> blocks = new ArrayList<>();
    private final List<String> block = new ArrayList<>();
    private String fence;
    private boolean inComment;

    private MarkdownText() {
    }

    public static String of(String md) {
        MarkdownText out = new MarkdownText();
        for (String line : LINE_BREAK.split(md, -1)) {
            out.line(line);
        }
        out.endBlock();
        return String.join("\n\n", out.blocks);
    }

    private void line(String raw) {
        if (fence != null) {
            codeLine(raw);
            return;
        }
        Matcher open = FENCE.matcher(raw);
        if (!inComment && open.find()) {
            endBlock();
            fence = open.group(1);
            return;
        }
        boolean commented = inComment || raw.contains("<!--");
        String line = withoutComments(raw);
        while (QUOTE.matcher(line).find()) {
            line = QUOTE.matcher(line).replaceFirst("");
        }
        if (line.isBlank()) {
            // A line that only held a comment, or lay inside one, is no paragraph break.
            if (!commented) {
                endBlock();
            }
            return;
        }
        if (SETEXT.matcher(line).matches() && !block.isEmpty() || THEMATIC_BREAK.matcher(line).matches()) {
            endBlock();
            return;
        }
        Matcher heading = ATX.matcher(line);
        if (heading.matches()) {
            endBlock();
            block.add(MarkdownInline.plain(heading.group(1) == null ? "" : heading.group(1)));
            endBlock();
            return;
        }
        if (REFERENCE_DEFINITION.matcher(line).matches()) {
            return;
        }
        String plain = MarkdownInline.plain(LIST_MARKER.matcher(line).replaceFirst("").stripTrailing());
        // A line that only held an image leaves nothing, and must not read as a paragraph break.
        if (!plain.isBlank()) {
            block.add(plain);
        }
    }

    /** Code is text the author wants read verbatim, so only the fences go. */
    private void codeLine(String raw) {
        Matcher close = FENCE.matcher(raw);
        if (close.find() && raw.strip().chars().allMatch(c -> c == fence.charAt(0))
                && close.group(1).length() >= fence.length()) {
            fence = null;
            endBlock();
        } else {
            block.add(raw);
        }
    }

    private String withoutComments(String line) {
        StringBuilder kept = new StringBuilder();
        int at = 0;
        while (at < line.length()) {
            int next = line.indexOf(inComment ? "-->" : "<!--", at);
            if (next < 0) {
                if (!inComment) {
                    kept.append(line, at, line.length());
                }
                break;
            }
            if (!inComment) {
                kept.append(line, at, next);
            }
            at = next + (inComment ? 3 : 4);
            inComment = !inComment;
        }
        return kept.toString();
    }

    /** Only blank lines are trimmed off a block: a code block's first line keeps its indentation. */
    private void endBlock() {
        while (!block.isEmpty() && block.get(block.size() - 1).isBlank()) {
            block.remove(block.size() - 1);
        }
        while (!block.isEmpty() && block.get(0).isBlank()) {
            block.remove(0);
        }
        if (!block.isEmpty()) {
            blocks.add(String.join("\n", block));
        }
        block.clear();
    }
}
