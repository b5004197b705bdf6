package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who a sentence attributes its content to, from reporting verbs ("X said", "said X", "X told Y",
 * "X reported that Y said", "…, but has accused Y" sharing the sentence's subject, "Officials in Tehran
 * said") and "according to X". Quoted words are masked first so a verb inside a quotation is never
 * taken for the attribution; {@link ReportingVerbs} decides which words report speech at all.
 */
final class AttributionFinder {

    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to\\s+([^,;:()]+)");
    private static final Pattern QUOTED_BY = Pattern.compile("\\bquoted by\\s+([^,;:()]+)");
    private static final Pattern TOLD_NAME = Pattern.compile("^\\s*(?:the\\s+)?(\\p{Lu}[^,;:()]*)");
    private static final Pattern TO_PHRASE = Pattern.compile("^\\s*to\\s+([^;:()]+?)\\s*[.!?]?\\s*$");
    private static final String CLAUSE_BREAKS = ",;:“”\"—–()";
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
    /** Groups that speak without a name: "Officials in Tehran said", "Analysts say". */
    private static final Set<String> COLLECTIVES = Set.of("officials", "analysts", "experts", "sources", "diplomats",
            "authorities", "residents", "witnesses", "lawmakers", "legislators", "observers", "critics", "activists",
            "investigators", "prosecutors", "people", "insiders", "researchers", "scholars", "campaigners");

    private record Found(Attribution attribution, int verbStart, int verbEnd, boolean trailing) {}

    /**
     * @param sentence the sentence
     * @param quoted   [start, end) ranges of quoted words inside the sentence
     */
    Attribution find(String sentence, List<int[]> quoted, Words words) {
        if (!ReportingVerbs.mentionedIn(words)) {
            return Attribution.NONE;
        }
        String masked = mask(sentence, quoted);
        String via = words.contains("quoted") ? quotedBy(masked) : null;
        Matcher according = ACCORDING_TO.matcher(masked);
        if (words.contains("according") && according.find()) {
            String phrase = according.group(1);
            String name = NamePhrases.trailingName(phrase);
            if (name == null) {
                name = NamePhrases.firstName(phrase);
            }
            if (name == null) {
                name = NamePhrases.description(phrase, MAX_DESCRIPTION_WORDS);
            }
            if (name != null) {
                return new Attribution(name, via, NamePhrases.isAnaphoric(phrase), "according-to", true, "according to");
            }
        }
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int verbEnd = ReportingVerbs.endAt(masked, words, i, quoted);
            if (verbEnd > 0) {
                Found f = atVerb(masked, words.start(i), verbEnd);
                if (f != null) {
                    found.add(f);
                }
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
                a = new Attribution(inner.attribution.source(), primary.attribution.source(), false, "reporting-verb",
                        primary.trailing, inner.attribution.verb());
            }
        }
        if (a.via() == null && via != null) {
            a = a.withVia(via);
        }
        return a;
    }

    private static String verb(String masked, int verbStart, int verbEnd) {
        return masked.substring(verbStart, verbEnd).toLowerCase(java.util.Locale.ROOT);
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
        if (ReportingVerbs.isPassive(before)) {
            return null;
        }
        String after = masked.substring(verbEnd);
        boolean trailing = isTrailing(after);
        String rawNearest = rawNearestClause(before);
        String nearest = strip(rawNearest);
        if (nearest.isBlank() && !rawNearest.isBlank() && !before.strip().equals(rawNearest.strip())) {
            return coordinated(masked, verbStart, verbEnd, after, trailing);
        }
        if (nearest.isBlank()) {
            return inverted(masked, verbStart, verbEnd, after);
        }
        String name;
        boolean anaphoric = NamePhrases.isAnaphoric(nearest);
        if (masked.startsWith("ing", verbEnd - 3)) {
            name = NamePhrases.firstName(nearest);
            anaphoric = name == null && NamePhrases.isAnaphoric(NamePhrases.firstWord(nearest));
            if (anaphoric) {
                name = NamePhrases.firstWord(nearest);
            }
        } else if (anaphoric) {
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
        return new Found(new Attribution(name, via(masked, verbStart, after), anaphoric, "reporting-verb", trailing,
                verb(masked, verbStart, verbEnd)), verbStart, verbEnd, trailing);
    }

    /**
     * "Iran has grown close to the region, but has accused Israel …": a verb after "and"/"but" and
     * auxiliaries shares the subject the sentence opens with.
     */
    private static Found coordinated(String masked, int verbStart, int verbEnd, String after, boolean trailing) {
        String subject = NamePhrases.sentenceSubject(masked);
        if (subject == null) {
            return null;
        }
        boolean anaphoric = NamePhrases.isAnaphoric(subject);
        return new Found(new Attribution(subject, via(masked, verbStart, after), anaphoric, "reporting-verb", trailing,
                verb(masked, verbStart, verbEnd)), verbStart, verbEnd, trailing);
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
        return new Found(new Attribution(name, via, false, "reporting-verb", true, verb(masked, verbStart, verbEnd)),
                verbStart, verbEnd, true);
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
            String head = headOf(after).stripLeading();
            String named = head.startsWith("the ") ? head.substring(4) : head;
            String name = NamePhrases.firstName(named);
            if (name != null && Texts.startsUpper(named)) {
                return name;
            }
        }
        return null;
    }

    /** Name in the clause right before the verb; an appositive title sends us one clause further back. */
    private static String subjectName(String before, String nearest) {
        List<String> tokens = NamePhrases.tokens(nearest);
        if (!tokens.isEmpty() && tokens.size() <= MAX_DESCRIPTION_WORDS
                && COLLECTIVES.contains(NamePhrases.lower(tokens.get(0)))) {
            return String.join(" ", tokens);
        }
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

    /** The clause right before the verb as written, fillers included; empty when a break comes first. */
    private static String rawNearestClause(String before) {
        List<String> parts = lastParts(withoutParentheticals(before), 2);
        String last = parts.get(0);
        if (!last.isBlank() || parts.size() == 1) {
            return last;
        }
        return strip(parts.get(1)).isBlank() ? "" : parts.get(1);
    }
    private static String previousClause(String before) {
        int seen = 0;
        for (String part : lastParts(withoutParentheticals(before), Integer.MAX_VALUE)) {
            String p = strip(part);
            if (!p.isBlank() && ++seen == 2) {
                return p;
            }
        }
        return null;
    }

    private static String withoutParentheticals(String s) {
        return s.indexOf('(') < 0 ? s : PARENTHETICAL.matcher(s).replaceAll(m -> " ".repeat(m.group().length()));
    }

    /** The text between clause breaks (commas, quotes, dashes, brackets), last part first, at most {@code max}. */
    private static List<String> lastParts(String s, int max) {
        List<String> out = new ArrayList<>(Math.min(max, 4));
        int end = s.length();
        for (int i = s.length() - 1; i >= -1 && out.size() < max; i--) {
            if (i < 0 || CLAUSE_BREAKS.indexOf(s.charAt(i)) >= 0) {
                out.add(s.substring(i + 1, end));
                end = i;
            }
        }
        return out;
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
        return ONLY_STOP.matcher(after).matches() || Texts.wordCount(after) <= MAX_TRAILING_WORDS;
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
