package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "The association disputes the ministry's figure. In a survey of 1,260 households, it found only 71.5% …": a
 * party that denies a figure names both the figure it denies and its own. The nearest claim before the denial in
 * which another party gives a number is the figure denied; the claim right after it, if the same party gives a
 * number there, is the counter-figure. Both are disputed, and say which denial made them so.
 */
final class FigureDisputes {

    /** Claims back from the denial where the denied figure may stand. */
    private static final int BACK = 3;
    private static final String NUMBER = "number";

    private final Set<String> figureNouns;
    /** "disputes that.", "denies it.": a pronoun object stands for the figure only when nothing follows it. */
    private final Set<String> deniedPronouns;

    FigureDisputes(LanguagePack pack) {
        figureNouns = pack.words("figureNouns");
        deniedPronouns = pack.words("deniedPronouns");
    }

    List<ExtractedClaim> mark(List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims);
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim denial = claims.get(i);
            if (!deniesAFigure(denial)) {
                continue;
            }
            String by = denial.attributedTo();
            for (int j = i - 1; j >= Math.max(0, i - BACK); j--) {
                ExtractedClaim figure = claims.get(j);
                if (figure.features().contains(NUMBER) && figure.attributedTo() != null
                        && !figure.attributedTo().equals(by)) {
                    out.set(j, disputed(out.get(j), "figure disputed by " + by));
                    break;
                }
            }
            if (i + 1 < claims.size() && claims.get(i + 1).features().contains(NUMBER)
                    && by.equals(claims.get(i + 1).attributedTo())) {
                out.set(i + 1, disputed(out.get(i + 1), "counter-figure of " + by));
            }
        }
        return out;
    }

    /**
     * A denial whose object is a figure: "disputes that figure", "rejected the estimate", and "disputes that." at
     * the sentence's end; not "denied that the ship carried drones", a denial of a statement.
     */
    private boolean deniesAFigure(ExtractedClaim c) {
        if (!c.disputed() || c.kind() != ClaimKind.DENIAL || c.attributedTo() == null || c.disputedReason() == null
                || !c.disputedReason().startsWith(ClaimClassifier.DENIAL_REASON)) {
            return false;
        }
        String phrase = c.disputedReason().substring(ClaimClassifier.DENIAL_REASON.length()).replace("\"", "");
        List<String> words = Texts.words(phrase.toLowerCase(Locale.ROOT));
        for (String w : words) {
            if (figureNouns.contains(w)) {
                return true;
            }
        }
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (!deniedPronouns.contains(last)) {
            return false;
        }
        // "disputes that figure" (the classifier quotes "disputes that"), or "disputes that." with nothing after it
        int at = c.text().indexOf(phrase);
        List<String> after = at < 0 ? List.of() : Texts.words(c.text().substring(at + phrase.length()));
        return after.isEmpty() || figureNouns.contains(after.get(0).toLowerCase(Locale.ROOT));
    }

    private static ExtractedClaim disputed(ExtractedClaim c, String reason) {
        if (c.disputed()) {
            return c;
        }
        return new ExtractedClaim(c.anchor(), c.text(), c.kind(), c.checkable(), c.checkworthiness(), c.features(),
                c.stance(), c.topics(), c.attributedTo(), c.via(), true, reason);
    }
}
