package io.claimdesk.extraction;

import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Furniture rules that decide from one line alone. Each rule matches the shape of page chrome
 * (widgets, labels, captions, stamps) that any outlet produces, never a particular site's strings.
 */
final class LineRules {

    /** A pack rule compiled, with its cheap tests. */
    private record Rule(String name, Pattern pattern, List<String> cues, List<String> prefixes, int maxChars,
                        int maxWords, int colonWithin) {

        /** The cheap tests first: they keep regular expressions off the long prose lines that make up most text. */
        boolean mayMatch(String line, String lower, int words) {
            if (line.length() > maxChars) {
                return false;
            }
            if (colonWithin >= 0) {
                int colon = line.indexOf(':');
                return colon > 0 && colon <= colonWithin;
            }
            if (!prefixes.isEmpty() && prefixes.stream().noneMatch(lower::startsWith)) {
                return false;
            }
            if (!cues.isEmpty() && cues.stream().noneMatch(lower::contains)) {
                return false;
            }
            return words <= maxWords;
        }
    }

    /** Widgets, captions and prompts are short; a longer block is prose whatever words it contains. */
    private static final int MAX_FURNITURE_CHARS = 400;
    private static final int MAX_LABEL_CHARS = 80;

    private final List<Rule> rules;
    private final Pattern related;
    private final Set<String> stopWords;
    private final Set<String> sectionWords;

    LineRules(LanguagePack pack) {
        List<Rule> compiled = new ArrayList<>();
        for (LanguagePack.FurnitureRule r : pack.furnitureRules()) {
            compiled.add(new Rule(r.name(), Pattern.compile(r.pattern(), r.caseSensitive() ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    r.cues(), r.prefixes(), r.maxChars(), r.maxWords(), r.colonWithin()));
        }
        rules = List.copyOf(compiled);
        related = Pattern.compile(pack.pattern("relatedLabels"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        stopWords = pack.words("stopWords");
        sectionWords = pack.words("sectionWords");
    }

    /** The first rule that matches the line, or null. */
    String match(String line) {
        return match(line, Texts.wordCount(line));
    }

    /** @param words the line's word count, counted once by the caller */
    String match(String line, int words) {
        if (line.length() > MAX_FURNITURE_CHARS) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.mayMatch(line, lower, words) && rule.pattern().matcher(line).find()) {
                return rule.name();
            }
        }
        if (isShareItem(line)) {
            return "share-list";
        }
        if (isSectionMenu(line)) {
            return "section-menu";
        }
        if (isTruncatedTeaser(line)) {
            return "truncated-teaser";
        }
        return null;
    }

    /** "Related commentary", "Read more", "Most read", "More from Opinion": a label over other stories. */
    boolean isRelatedLabel(String line) {
        return line.length() <= MAX_LABEL_CHARS && related.matcher(line.strip()).matches();
    }

    /** "Inicio Política Economía Mundo", "News | World | Politics": a line naming only the site's sections. */
    private boolean isSectionMenu(String line) {
        if (line.length() > MAX_LABEL_CHARS || endsSentence(line)) {
            return false;
        }
        String[] words = line.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int named = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            if (!sectionWords.contains(w)) {
                return false;
            }
            named++;
        }
        return named >= 2;
    }

    static boolean isBulleted(String line) {
        return !line.isEmpty() && BlockSplitter.isBullet(line.charAt(0)) && line.length() > 1
                && Texts.isSpace(line.charAt(1));
    }

    /** A bullet holding a few words: the items of share bars and navigation menus. */
    private static boolean isShareItem(String line) {
        return isBulleted(line) && Texts.wordCount(line) <= 3 && !endsSentence(line);
    }

    /** A headline cut off by the page ("… Anti-U.S. O..."), the typical related-story card. */
    private boolean isTruncatedTeaser(String line) {
        String t = line.strip();
        return (t.endsWith("...") || t.endsWith("…")) && Headlines.isTitleCase(t, stopWords);
    }



    static boolean endsSentence(String line) {
        char c = Texts.lastVisible(line, 0, line.length());
        if (c == '"' || c == '”' || c == '’' || c == ')') {
            String t = line.strip();
            c = t.length() > 1 ? t.charAt(t.length() - 2) : c;
        }
        return c == '.' || c == '!' || c == '?';
    }

    static String normalizeForComparison(String line) {
        String t = line.strip();
        if (isBulleted(t)) {
            t = t.substring(1);
        }
        return Texts.normalizeSpace(t).toLowerCase(Locale.ROOT);
    }
}
