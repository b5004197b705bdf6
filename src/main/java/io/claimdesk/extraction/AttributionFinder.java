package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its content to, from reporting verbs ("X said", "said X", "X told Y",
 * "X reported that Y said") and "according to X". Quoted words are masked first so a verb inside a
 * quotation is never taken for the attribution.
 */
final class AttributionFinder {

    /** Present-tense forms that double as nouns ("reports of drones") only count before "that" or a quote. */
    private static final Pattern VERB = Pattern.compile(
            "\\b(?:said|says|told|tells|reported|added|adds|stated|announced|announces|claimed|warned|warns|wrote"
                    + "|noted|explained|argued|insisted|clarified|assured|admitted|accused|accuses|alleged|highlighted"
                    + "|pointed out|confirmed|denied|denies|revealed|acknowledged|suggested|assumed|estimated|described"
                    + "|mentioned|stressed|emphasized|emphasised|declared|asserted|spoke|recalled|concluded"
                    + "|(?:states|reports|claims|notes|writes|maintained)(?=\\s+that\\b|\\s*[,:]?\\s*[“\"]))\\b");
    /** "was reported", "not yet clarified": a participle, not somebody speaking. */
    private static final Pattern PASSIVE_BEFORE = Pattern.compile(
            "\\b(?:was|were|is|are|be|been|being|not|yet|never|it)(?:\\s+(?:only|also|widely|first|later|never|not|yet))?\\s+$");
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+([^,;:()]+)");
    private static final Pattern QUOTED_BY = Pattern.compile("\\bquoted by\\s+([^,;:()]+)");
    private static final Pattern TOLD_NAME = Pattern.compile("^\\s*(?:the\\s+)?(\\p{Lu}[^,;:()]*)");
    private static final Pattern TO_PHRASE = Pattern.compile("^\\s*to\\s+([^;:()]+?)\\s*[.!?]?\\s*$");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:“”\"—–()]");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^)]*\\)");
    /** Conjunctions, auxiliaries and adverbs around a subject: "and", "had", "later", "also". */
    private static final Set<String> FILLER = Set.of("and", "but", "while", "as", "so", "then", "also", "later",
            "recently", "previously", "has", "have", "had", "was", "were", "only", "once", "however", "further",
            "repeatedly", "publicly", "again", "would", "will", "allegedly", "reportedly");
    private static final Pattern HEAD_STOP =
            Pattern.compile("\\s(?:to|on|in|at|upon|during|after|before|when|as|while|last)\\s|[,.;:!?]");
    private static final Pattern THAT_SOON = Pattern.compile("^\\s+(?:\\S+\\s+){0,3}?that\\b");
    private static final Pattern ONLY_STOP = Pattern.compile("\\s*[.!?]?\\s*");
    private static final int MAX_DESCRIPTION_WORDS = 6;
    private static final int MAX_TRAILING_WORDS = 6;

    private record Found(Attribution attribution, int verbStart, int verbEnd, boolean trailing) {}

    /**
     * @param sentence the sentence
     * @param quoted   [start, end) ranges of quoted words inside the sentence
     */
    Attribution find(String sentence, List<int[]> quoted) {
        String masked = mask(sentence, quoted);
        String via = quotedBy(masked);
        Matcher according = ACCORDING_TO.matcher(masked);
        if (according.find()) {
            String phrase = according.group(1);
            String name = NamePhrases.trailingName(phrase);
            if (name == null) {
                name = NamePhrases.firstName(phrase);
            }
            if (name == null) {
                name = NamePhrases.description(phrase, MAX_DESCRIPTION_WORDS);
            }
            if (name != null) {
                return new Attribution(name, via, NamePhrases.isAnaphoric(phrase), "according-to");
            }
        }
        List<Found> found = new ArrayList<>();
        Matcher verb = VERB.matcher(masked);
        while (verb.find()) {
            Found f = atVerb(masked, verb.start(), verb.end());
            if (f != null) {
                found.add(f);
            }
        }
        if (found.isEmpty()) {
            return Attribution.NONE;
        }
        Found primary = found.get(0);
        for (Found f : found) {
            if (f.trailing) {
                primary = f;
            }
        }
        Attribution a = primary.attribution;
        if (!primary.trailing && found.size() > 1 && found.get(0) == primary && reportsThat(masked, primary)) {
            Found inner = found.get(1);
            if (!inner.attribution.anaphoric()) {
                a = new Attribution(inner.attribution.source(), primary.attribution.source(), false, "reporting-verb");
            }
        }
        if (a.via() == null && via != null) {
            a = new Attribution(a.source(), via, a.anaphoric(), a.cue());
        }
        return a;
    }

    private static boolean reportsThat(String masked, Found f) {
        return THAT_SOON.matcher(masked.substring(f.verbEnd, Math.min(masked.length(), f.verbEnd + 40))).find();
    }

    private static String quotedBy(String masked) {
        Matcher m = QUOTED_BY.matcher(masked);
        return m.find() ? NamePhrases.firstName(m.group(1)) : null;
    }

    private Found atVerb(String masked, int verbStart, int verbEnd) {
        String before = masked.substring(0, verbStart);
        if (PASSIVE_BEFORE.matcher(before.substring(Math.max(0, before.length() - 30))).find()) {
            return null;
        }
        String after = masked.substring(verbEnd);
        boolean trailing = isTrailing(after);
        String nearest = nearestClause(before);
        if (nearest.isBlank()) {
            return inverted(masked, verbStart, verbEnd, after);
        }
        String name;
        boolean anaphoric = NamePhrases.isAnaphoric(nearest);
        if (anaphoric) {
            name = NamePhrases.description(nearest, MAX_DESCRIPTION_WORDS);
            if (name == null) {
                name = nearest.strip();
            }
        } else {
            name = subjectName(before, nearest);
        }
        if (name == null) {
            return null;
        }
        return new Found(new Attribution(name, via(masked, verbStart, after), anaphoric, "reporting-verb"),
                verbStart, verbEnd, trailing);
    }

    /** "…,” said Takht-e-Ravanchi to Iranian media agency, Mehr." — the speaker follows the verb. */
    private Found inverted(String masked, int verbStart, int verbEnd, String after) {
        Matcher m = TOLD_NAME.matcher(after);
        List<String> tokens = NamePhrases.tokens(after);
        if (tokens.isEmpty()) {
            return null;
        }
        String phrase = headOf(after);
        List<String> words = NamePhrases.tokens(phrase);
        boolean lowerHead = !words.isEmpty() && !Texts.startsUpper(words.get(words.size() - 1));
        String name = m.find() && !lowerHead ? NamePhrases.firstName(phrase) : null;
        if (name == null) {
            name = NamePhrases.description(phrase, 4);
        }
        if (name == null) {
            return null;
        }
        String rest = after.substring(after.indexOf(phrase) + phrase.length());
        String via = null;
        Matcher to = TO_PHRASE.matcher(rest);
        if (to.find()) {
            via = viaName(to.group(1));
        }
        return new Found(new Attribution(name, via, false, "reporting-verb"), verbStart, verbEnd, true);
    }

    /** The words right after an inverted verb that name the speaker: up to "to", "on", "in", a comma or the end. */
    private static String headOf(String after) {
        String s = after.stripLeading();
        Matcher stop = HEAD_STOP.matcher(s);
        return stop.find() ? s.substring(0, stop.start()) : s;
    }

    private static String viaName(String phrase) {
        int comma = phrase.lastIndexOf(',');
        String tail = comma >= 0 ? phrase.substring(comma + 1) : phrase;
        String name = NamePhrases.trailingName(tail);
        return name != null ? name : NamePhrases.firstName(tail);
    }

    private static String via(String masked, int verbStart, String after) {
        String verb = masked.substring(verbStart, Math.min(masked.length(), verbStart + 5));
        if (verb.startsWith("told") || verb.startsWith("tells")) {
            String head = headOf(after);
            String name = NamePhrases.firstName(head);
            if (name != null && !head.stripLeading().startsWith("the ")) {
                return name;
            }
        }
        return null;
    }

    /** Name in the clause right before the verb; an appositive title sends us one clause further back. */
    private static String subjectName(String before, String nearest) {
        String name = NamePhrases.trailingName(nearest);
        if (name != null) {
            return name;
        }
        String trimmed = nearest.strip();
        if (trimmed.equals("who") || trimmed.equals("which")) {
            String previous = previousClause(before);
            return previous == null ? null : NamePhrases.trailingName(previous);
        }
        String previous = previousClause(before);
        if (previous != null && NamePhrases.isPureName(previous)) {
            return NamePhrases.trailingName(previous);
        }
        return NamePhrases.description(nearest, MAX_DESCRIPTION_WORDS);
    }

    private static String nearestClause(String before) {
        String cleaned = PARENTHETICAL.matcher(before).replaceAll(m -> " ".repeat(m.group().length()));
        String[] parts = CLAUSE_BREAK.split(cleaned, -1);
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = strip(parts[i]);
            if (!p.isBlank()) {
                return i == parts.length - 1 || i == parts.length - 2 && parts[parts.length - 1].isBlank() ? p : "";
            }
        }
        return "";
    }

    private static String previousClause(String before) {
        String cleaned = PARENTHETICAL.matcher(before).replaceAll(m -> " ".repeat(m.group().length()));
        String[] parts = CLAUSE_BREAK.split(cleaned, -1);
        int seen = 0;
        for (int i = parts.length - 1; i >= 0; i--) {
            String p = strip(parts[i]);
            if (!p.isBlank() && ++seen == 2) {
                return p;
            }
        }
        return null;
    }

    /** The clause without filler words at either end. */
    private static String strip(String clause) {
        int from = Texts.trimStart(clause, 0, clause.length());
        int to = Texts.trimEnd(clause, from, clause.length());
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            int firstEnd = from;
            while (firstEnd < to && !Texts.isSpace(clause.charAt(firstEnd))) {
                firstEnd++;
            }
            if (FILLER.contains(clause.substring(from, firstEnd).toLowerCase(java.util.Locale.ROOT))) {
                from = Texts.trimStart(clause, firstEnd, to);
                changed = true;
            }
            int lastStart = to;
            while (lastStart > from && !Texts.isSpace(clause.charAt(lastStart - 1))) {
                lastStart--;
            }
            if (from < to && FILLER.contains(clause.substring(lastStart, to).toLowerCase(java.util.Locale.ROOT))) {
                to = Texts.trimEnd(clause, from, lastStart);
                changed = true;
            }
        }
        return clause.substring(from, to);
    }

    /** The verb ends the sentence but for a short tail such as "on July 14." */
    private static boolean isTrailing(String after) {
        if (after.contains(" that ") || after.contains("“") || after.contains("\"")) {
            return false;
        }
        return ONLY_STOP.matcher(after).matches() || Texts.words(after).size() <= MAX_TRAILING_WORDS;
    }

    private static String mask(String sentence, List<int[]> quoted) {
        if (quoted.isEmpty()) {
            return sentence;
        }
        char[] chars = sentence.toCharArray();
        for (int[] q : quoted) {
            for (int i = Math.max(0, q[0]); i < Math.min(chars.length, q[1]); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
