package io.claimdesk.intake;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Inline Markdown markup removed from one line: emphasis, code, links and images. */
final class MarkdownInline {

    /** A backslash-escaped character is parked in the private use area so no markup rule can consume it. */
    private static final int PARKED = 0xE000;

    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");
    private static final Pattern PARKED_CHAR = Pattern.compile("[\\uE000-\\uE07F]");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");
    /**
     * A link destination may hold one level of balanced parentheses, as Wikipedia URLs do. The loop is possessive and
     * bounded: java.util.regex recurses once per turn of an alternation, and a 10,000-character destination overflowed
     * the stack; no real address has 500 parenthesised parts.
     */
    private static final String DESTINATION = "\\(\\s*<?(?:[^()\\s]++|\\([^()\\s]*+\\)){0,500}+>?(?:\\s+(?:\"[^\"]*+\"|'[^']*+'))?\\s*\\)";
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\](?:" + DESTINATION + "|\\[[^\\]]*\\])");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\](?:" + DESTINATION + "|\\[[^\\]]*\\])");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern STAR_EM = Pattern.compile("\\*(?=\\S)(.+?)(?<=\\S)\\*");
    /** Underscores inside words are snake_case, not emphasis. */
    private static final Pattern UNDERSCORE_EM = Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=\\S)(.+?)(?<=\\S)_(?![\\p{L}\\p{N}_])");

    private MarkdownInline() {
    }

    static String plain(String line) {
        // Text that already uses those code points keeps its escapes as typed rather than be corrupted.
        boolean park = !PARKED_CHAR.matcher(line).find();
        String parked = park
                ? ESCAPE.matcher(line).replaceAll(m -> String.valueOf((char) (PARKED + m.group(1).charAt(0))))
                : line;
        StringBuilder out = new StringBuilder();
        Matcher code = CODE_SPAN.matcher(parked);
        int at = 0;
        while (code.find()) {
            // Escapes mean nothing inside code, so its backslashes come back.
            String verbatim = park ? unpark(code.group(2), "\\") : code.group(2);
            out.append(markup(parked.substring(at, code.start()))).append(codeText(verbatim));
            at = code.end();
        }
        out.append(markup(parked.substring(at)));
        return park ? unpark(out.toString(), "") : out.toString();
    }

    private static String unpark(String s, String prefix) {
        return PARKED_CHAR.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                prefix + (char) (m.group().charAt(0) - PARKED)));
    }

    private static String markup(String s) {
        s = IMAGE.matcher(s).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = STAR_EM.matcher(s).replaceAll("$1");
        return UNDERSCORE_EM.matcher(s).replaceAll("$1");
    }

    /** Markdown pads code spans that start or end with a backtick with one space; that space is not content. */
    private static String codeText(String code) {
        return code.length() > 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()
                ? code.substring(1, code.length() - 1) : code;
    }
}
