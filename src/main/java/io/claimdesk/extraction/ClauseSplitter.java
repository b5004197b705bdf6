package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts a sentence that carries two claims into its clauses: at a semicolon, at ", and" when what
 * follows has a subject of its own and a finite verb ("…, and the government of Argentina was in
 * charge …"), or at ", but" between two parties' reports ("X says …, but Y say …"). Lists ("…, health, and education"), shared subjects ("…, and traveled through …") and
 * anything inside a quotation stay whole, so a cut is only made where a reader would see two statements.
 */
final class ClauseSplitter {

    /** Fewer words than this is a phrase, not a claim. */
    private static final int MIN_CLAUSE_WORDS = 5;
    private static final int MAX_SUBJECT_WORDS = 10;

    private final Set<String> openers;
    private final Set<String> determiners;
    private final Set<String> subjectPronouns;
    /** Words that start a dependent phrase: what follows them is not the subject of a new clause. */
    private final Set<String> breakers;
    private final Set<String> auxiliaries;
    private final Set<String> irregularPast;
    private final Set<String> adverbs;
    /** "says", "puts", "denies": a reporting verb in the present is as finite as a past one. */
    private final Set<String> reportingVerbs;
    /** "…; Fetrav denies it.": after a semicolon a short clause of a party speaking is a claim of its own. */
    private static final int MIN_REPORTING_CLAUSE_WORDS = 4;

    ClauseSplitter(LanguagePack pack) {
        openers = pack.words("clauseOpeners");
        determiners = pack.words("clauseDeterminers");
        subjectPronouns = pack.words("subjectPronouns");
        breakers = pack.words("clauseBreakers");
        auxiliaries = pack.words("auxiliaries");
        irregularPast = pack.words("irregularPast");
        adverbs = pack.words("clauseAdverbs");
        reportingVerbs = pack.words("reportingVerbs");
    }

    /** [start, end) of each clause relative to the sentence, trimmed; the whole sentence when it is one claim. */
    List<int[]> split(String sentence, List<int[]> quoted) {
        List<int[]> out = new ArrayList<>(2);
        if (sentence.indexOf(';') < 0 && sentence.indexOf(", and ") < 0 && sentence.indexOf(", but ") < 0) {
            out.add(new int[] {0, sentence.length()});
            return out;
        }
        int from = 0;
        int i = 0;
        while (i < sentence.length()) {
            int cutEnd = cutAt(sentence, i);
            if (cutEnd > 0 && !inside(quoted, i) && splits(sentence, from, i, cutEnd)) {
                out.add(new int[] {from, i});
                from = cutEnd;
                i = cutEnd;
            } else {
                i++;
            }
        }
        out.add(new int[] {from, sentence.length()});
        return out;
    }

    /** Where the next clause starts when position i holds "; " or ", and ", else -1. */
    private static int cutAt(String s, int i) {
        char c = s.charAt(i);
        if (c == ';' && i + 1 < s.length() && Texts.isSpace(s.charAt(i + 1))) {
            return Texts.trimStart(s, i + 1, s.length());
        }
        if (c == ',' && s.startsWith(" and ", i + 1)) {
            return Texts.trimStart(s, i + 5, s.length());
        }
        if (c == ',' && s.startsWith(" but ", i + 1)) {
            return Texts.trimStart(s, i + 5, s.length());
        }
        return -1;
    }

    private static boolean inside(List<int[]> quoted, int at) {
        for (int[] q : quoted) {
            if (q[0] <= at && at < q[1]) {
                return true;
            }
        }
        return false;
    }

    private boolean splits(String s, int from, int cut, int next) {
        List<String> left = lowerWords(s.substring(from, cut));
        List<String> right = lowerWords(s.substring(next));
        boolean shortReport = s.charAt(cut) == ';' && right.size() >= MIN_REPORTING_CLAUSE_WORDS
                && right.stream().anyMatch(reportingVerbs::contains);
        if (left.size() < MIN_CLAUSE_WORDS || right.size() < MIN_CLAUSE_WORDS && !shortReport || !hasFiniteVerb(left)) {
            return false;
        }
        if (s.startsWith(", but ", cut)) {
            // "The ministry says 94.2%, but doctors in the south say the figure is far lower": two parties
            return right.size() >= MIN_CLAUSE_WORDS && left.stream().anyMatch(this::isReportingVerb)
                    && opensReport(right);
        }
        return s.charAt(cut) == ';' ? hasFiniteVerb(right) : opensClause(right, Texts.words(s.substring(next)));
    }

    /** A subject that is no pronoun, then a reporting verb as the first finite verb. */
    private boolean opensReport(List<String> lower) {
        if (subjectPronouns.contains(lower.get(0)) || isFiniteVerb(lower.get(0))) {
            return false;
        }
        for (int k = 1; k < Math.min(lower.size(), MAX_SUBJECT_WORDS); k++) {
            if (isFiniteVerb(lower.get(k))) {
                return isReportingVerb(lower.get(k));
            }
        }
        return false;
    }

    private boolean isReportingVerb(String w) {
        return reportingVerbs.contains(w) && !w.endsWith("ing");
    }

    /** A subject (determiner, name or pronoun first), then a finite verb before any dependent phrase. */
    private boolean opensClause(List<String> lower, List<String> cased) {
        int i = openers.contains(lower.get(0)) ? 1 : 0;
        if (i >= lower.size()) {
            return false;
        }
        String first = lower.get(i);
        // "…, and he has heard every promise": a pronoun carries the same speaker's same claim on
        if (!(determiners.contains(first) || Texts.startsUpper(cased.get(i))) || subjectPronouns.contains(first)
                || isFiniteVerb(first)) {
            return false;
        }
        for (int k = i + 1; k < Math.min(lower.size(), i + MAX_SUBJECT_WORDS); k++) {
            String w = lower.get(k);
            if (isFiniteVerb(w)) {
                return true;
            }
            if (breakers.contains(w) || w.equals("and") && k == i + 1) {
                return false;
            }
        }
        return false;
    }

    private boolean hasFiniteVerb(List<String> words) {
        for (String w : words) {
            if (isFiniteVerb(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isFiniteVerb(String w) {
        return auxiliaries.contains(w) || irregularPast.contains(w)
                || w.length() > 4 && w.endsWith("ed") && w.indexOf('-') < 0 && !adverbs.contains(w)
                || reportingVerbs.contains(w) && !w.endsWith("ing");
    }

    private static List<String> lowerWords(String s) {
        List<String> words = Texts.words(s);
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
