package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a speaker the article names by office ("said the Iranian president") to the person the same
 * article introduces in that office: "Iranian President Ebrahim Raisi", "the then-president of Iran,
 * Ebrahim Raisi", "Jawad Zarif, Iran's Foreign Minister". Only a single current holder resolves; a
 * "former" holder is not the one speaking now. Runs only for such descriptions, which are rare; the
 * patterns are built once per office and nationality, and are tried only near the places the office is
 * named, and there only where their first character stands.
 */
final class RoleResolver {

    private static final String NAME = "(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})";
    private static final String TITLE_WORDS = "(?:[\\p{L}-]+\\s+){0,4}?";

    /** Characters around a mention of the office that a pattern can span. */
    private static final int BEFORE = 160;
    private static final int AFTER = 80;
    private static final int MAX_CACHED = 512;
    /** The pattern for "Name, the country's office", which starts at the comma; the name is read backwards. */
    private static final int APPOSITION = 1;
    private static final int NAME_CHARS = 60;
    private final Map<String, List<Pattern>> patterns = new ConcurrentHashMap<>();
    /** Offices one person holds at a time ("president", "minister"); from the language pack. */
    private final Set<String> offices;
    /** Endings that turn a country into its adjective ("Iran" + "ian"); from the language pack. */
    private final List<String> suffixes;
    private final Set<String> stopWords;

    RoleResolver(LanguagePack pack) {
        stopWords = pack.words("stopWords");
        offices = pack.words("offices");
        suffixes = pack.entries("demonymSuffixes");
    }

    /** The one person the text gives this office, or null. */
    String resolve(String description, String text) {
        List<String> words = Texts.words(description);
        if (words.size() < 2 || words.size() > 4) {
            return null;
        }
        String role = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (!offices.contains(role) || words.stream().anyMatch(w -> w.equalsIgnoreCase("former"))) {
            return null;
        }
        String qualifier = null;
        for (String w : words.subList(0, words.size() - 1)) {
            if (Texts.startsUpper(w)) {
                qualifier = w.endsWith("’s") || w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
                break;
            }
        }
        if (qualifier == null || qualifier.length() < 3) {
            return null;
        }
        String key = role + "|" + qualifier;
        List<Pattern> compiled = patterns.get(key);
        if (compiled == null) {
            compiled = patterns(role, qualifier);
            if (patterns.size() < MAX_CACHED) {
                patterns.put(key, compiled);
            }
        }
        Set<String> found = new LinkedHashSet<>();
        String[] starts = {qualifier, ",", "the "};
        List<Integer> mentions = mentions(text, role);
        for (int n = 0; n < mentions.size(); n++) {
            int from = Math.max(0, mentions.get(n) - BEFORE);
            int to = Math.min(text.length(), mentions.get(n) + role.length() + AFTER);
            while (n + 1 < mentions.size() && mentions.get(n + 1) - BEFORE <= to) {
                n++;
                to = Math.min(text.length(), mentions.get(n) + role.length() + AFTER);
            }
            for (int k = 0; k < compiled.size(); k++) {
                Matcher m = compiled.get(k).matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                String first = k == 0 ? countryStem(qualifier) : starts[k];
                for (int pos = text.indexOf(first, from); pos >= 0 && pos < to; pos = text.indexOf(first, pos + 1)) {
                    if (!m.region(pos, to).lookingAt()) {
                        continue;
                    }
                    String name = k == APPOSITION ? closesApposition(text, m.end()) ? nameBefore(text, m.start()) : null
                            : m.group(1).strip();
                    if (name != null && !formerBefore(text, k == APPOSITION ? m.start() - name.length() : m.start())) {
                        found.add(name);
                    }
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private List<Pattern> patterns(String role, String qualifier) {
        String country = countryPattern(qualifier);
        String demonym = Pattern.quote(qualifier);
        String r = "(?i:" + Pattern.quote(role) + ")";
        return List.of(
                Pattern.compile("(?:\\b" + demonym + "|\\b" + country + "['’]s)\\s+" + TITLE_WORDS + "(?:then-)?" + r
                        + "\\s+" + NAME),
                Pattern.compile(",\\s+(?:the\\s+)?(?:(?i:current|then-)\\s*)?(?:" + demonym + "\\s+"
                        + TITLE_WORDS + r + "|" + country + "['’]s\\s+" + TITLE_WORDS + r + "|" + TITLE_WORDS + r
                        + "\\s+of\\s+" + country + ")\\b"),
                Pattern.compile("\\bthe\\s+(?:(?i:current\\s+|then-))?" + r + "\\s+of\\s+" + country + ",\\s+" + NAME));
    }

    /**
     * "Jawad Zarif" in "Jawad Zarif, Iran's Foreign Minister": the name of two or more words before the comma,
     * not a sentence's opening phrase ("In Havana, the Iranian minister was received").
     */
    private String nameBefore(String text, int comma) {
        String before = text.substring(Math.max(0, comma - NAME_CHARS), comma);
        String name = trailingCapitalised(before);
        boolean opener = name != null && stopWords.contains(name.substring(0, name.indexOf(' ') < 0 ? name.length()
                : name.indexOf(' ')).toLowerCase(Locale.ROOT));
        return name != null && !opener && name.indexOf(' ') > 0 && before.endsWith(name) ? name : null;
    }

    /** ", Iran's foreign minister," or "… minister.": an apposition ends where the office does. */
    private static boolean closesApposition(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i >= text.length() || ",.;)".indexOf(text.charAt(i)) >= 0;
    }

    /** The run of capitalised words that ends the text, or null. */
    private static String trailingCapitalised(String text) {
        List<String> words = Texts.words(text);
        int start = words.size();
        while (start > 0 && Texts.startsUpper(words.get(start - 1)) && !words.get(start - 1).endsWith("'s")
                && !words.get(start - 1).endsWith("’s")) {
            start--;
        }
        return start == words.size() ? null : String.join(" ", words.subList(start, words.size()));
    }

    /** Where the office is named, in any case; String.indexOf on a lower-cased copy is the fast way. */
    private static List<Integer> mentions(String text, String lowerWord) {
        List<Integer> at = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() == text.length()) {
            for (int i = lower.indexOf(lowerWord); i >= 0; i = lower.indexOf(lowerWord, i + 1)) {
                at.add(i);
            }
            return at;
        }
        for (int i = 0, last = text.length() - lowerWord.length(); i <= last; i++) {
            if (text.regionMatches(true, i, lowerWord, 0, lowerWord.length())) {
                at.add(i);
            }
        }
        return at;
    }

    /** "the former Iranian President": the office is no longer theirs. */
    private static boolean formerBefore(String text, int at) {
        String before = text.substring(Math.max(0, at - 12), at).toLowerCase(Locale.ROOT);
        return before.contains("former");
    }

    /** The shortest stem of the demonym: every form the patterns accept starts with it. */
    private String countryStem(String qualifier) {
        String shortest = qualifier;
        for (String suffix : suffixes) {
            if (qualifier.endsWith(suffix) && qualifier.length() - suffix.length() >= 3
                    && qualifier.length() - suffix.length() < shortest.length()) {
                shortest = qualifier.substring(0, qualifier.length() - suffix.length());
            }
        }
        return shortest;
    }

    /** The country a demonym stands for, as a pattern: "Iranian" → Iran, "Venezuelan" → Venezuela. */
    private String countryPattern(String qualifier) {
        List<String> stems = new ArrayList<>();
        stems.add(qualifier);
        for (String suffix : suffixes) {
            if (qualifier.endsWith(suffix) && qualifier.length() - suffix.length() >= 3) {
                stems.add(qualifier.substring(0, qualifier.length() - suffix.length()));
            }
        }
        StringBuilder p = new StringBuilder("(?:");
        for (int i = 0; i < stems.size(); i++) {
            p.append(i == 0 ? "" : "|").append(Pattern.quote(stems.get(i)));
        }
        return p.append(")").toString();
    }
}
