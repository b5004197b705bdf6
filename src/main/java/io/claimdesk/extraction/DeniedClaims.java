package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A party's denial names what it denies without repeating it, and that claim is disputed too:
 * <ul>
 * <li>a denied figure: "The association disputes the ministry's figure. In a survey of 1,260 households, it found
 * only 71.5% …". The nearest claim before the denial in which another party gives a number is the figure denied;
 * the claim right after it, if the same party gives a number there, is the counter-figure.</li>
 * <li>a denied statement: "Two diplomats said one of the documents covered drones. The ministry rejected the
 * accusations." The nearest claim before the denial that another party makes, unless it is an opinion, is the
 * one denied.</li>
 * </ul>
 * In Spanish and Portuguese (the packs' carriedDisputes) a dispute also carries on into the next claim of the party
 * that voiced it, see {@link #carry}. Each says which denial made it so.
 */
final class DeniedClaims {

    /** Claims back from the denial where the denied claim may stand. */
    private static final int BACK = 3;
    private static final String NUMBER = "number";
    private static final String DIRECT_QUOTE = "direct-quote";
    private static final String HOLDS_INSTEAD = "says what ";
    /** The attribution cue of a sentence an interview's answer gives to its interviewee. */
    private static final String INTERVIEW = "interview";
    /** Words from a claim's start where a contrast may stand: "El sindicato del puerto, sin embargo, …". */
    private static final int CONTRAST_REACH = 6;
    /** In a pack's rebutting markers: every denial with a speaker answers the other party's claim before it. */
    private static final String EVERY_DENIAL = "*";

    private final Set<String> figureNouns;
    /** "accusation", "claim", "charge": a word for another party's statement as the object of a denial. */
    private final Set<String> statementNouns;
    /** "disputes that.", "denies it.": a pronoun object stands for the figure only when nothing follows it. */
    private final Set<String> deniedPronouns;
    /** "rejected the accusations that …": the object is spelled out there, not an earlier claim. */
    private final Set<String> spelledOut;
    /** Words that make a denial answer the claim before it, though it names no "accusation" ("negó que …"). */
    private final Set<String> rebutting;
    /** "Su directora técnica, …", "O seu secretário-geral, …": a person of the party named just before. */
    private final Set<String> possessives;
    /** "inventó", "mentiu": a party saying the interviewee made the account up. */
    private final Set<String> fabrication;
    /** "usted", "você": how an interviewer addresses the interviewee. */
    private final Set<String> addressed;
    /** "sin embargo", "no entanto": a claim opening on these sets itself against the one before. */
    private final List<String> contrasts;
    /** "que no", "que nunca": a reporting verb with these after it denies content of its own. */
    private final List<String> contentDenials;
    /** Whether a party's dispute carries on into its next claim (see {@link #carry}); "*" in the pack. */
    private final boolean carries;

    DeniedClaims(LanguagePack pack) {
        rebutting = pack.words("rebuttingMarkers");
        figureNouns = pack.words("figureNouns");
        statementNouns = pack.words("deniedStatementNouns");
        deniedPronouns = pack.words("deniedPronouns");
        spelledOut = pack.words("spelledOutMarkers");
        possessives = pack.words("possessiveOpeners");
        contrasts = pack.entries("contrastOpeners");
        fabrication = pack.words("fabricationWords");
        addressed = pack.words("addressPronouns");
        contentDenials = pack.entries("deniedContentCues").stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
        carries = pack.words("carriedDisputes").contains(EVERY_DENIAL);
    }

    List<ExtractedClaim> mark(List<ExtractedClaim> claims) {
        List<ExtractedClaim> out = new ArrayList<>(claims);
        for (int i = 0; i < claims.size(); i++) {
            ExtractedClaim denial = claims.get(i);
            List<String> object = deniedObject(denial);
            if (object == null) {
                continue;
            }
            String by = denial.attributedTo();
            if (deniesAFigure(denial, object)) {
                markFigures(claims, out, i, by);
            } else if (rebuts(denial, object)) {
                markRebutted(claims, out, i, by);
            } else if (deniesAStatement(denial, object)) {
                markStatement(claims, out, i, by);
            }
        }
        return out;
    }

    private void markFigures(List<ExtractedClaim> claims, List<ExtractedClaim> out, int i, String by) {
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

    private static void markStatement(List<ExtractedClaim> claims, List<ExtractedClaim> out, int i, String by) {
        for (int j = i - 1; j >= Math.max(0, i - BACK); j--) {
            ExtractedClaim denied = claims.get(j);
            if (denied.attributedTo() != null && !denied.attributedTo().equals(by)) {
                if (denied.kind() != ClaimKind.OPINION) {
                    out.set(j, disputed(out.get(j), "rejected by " + by));
                }
                return;
            }
        }
    }

    /**
     * The claim a rebuttal without an object answers: the one right before it, passing over the denier's own. A
     * claim in the outlet's voice in between ("En 2022, …") ends the search: the denial answers what the outlet
     * recounted, or something the article has not told, never a party further back.
     */
    private static void markRebutted(List<ExtractedClaim> claims, List<ExtractedClaim> out, int i, String by) {
        for (int j = i - 1; j >= Math.max(0, i - BACK); j--) {
            ExtractedClaim denied = claims.get(j);
            if (denied.attributedTo() == null) {
                return;
            }
            if (denied.attributedTo().equals(by)) {
                continue;
            }
            if (denied.kind() == ClaimKind.DENIAL) {
                // "El ministro aclaró que no hay ninguna prueba …. La Cancillería negó que …": both answer the
                // allegation further back
                continue;
            }
            if (denied.kind() != ClaimKind.OPINION) {
                out.set(j, disputed(out.get(j), "rejected by " + by));
            }
            return;
        }
    }

    /** The words of a denial's phrase ("rejected the accusations"), for a denial with a speaker; else null. */
    private static List<String> deniedObject(ExtractedClaim c) {
        if (!c.disputed() || c.kind() != ClaimKind.DENIAL || c.attributedTo() == null || c.disputedReason() == null
                || !c.disputedReason().startsWith(ClaimClassifier.DENIAL_REASON)) {
            return null;
        }
        String phrase = phrase(c);
        List<String> words = Texts.words(phrase.toLowerCase(Locale.ROOT));
        return words.isEmpty() ? null : words;
    }

    private static String phrase(ExtractedClaim c) {
        return c.disputedReason().substring(ClaimClassifier.DENIAL_REASON.length()).replace("\"", "");
    }

    /** The words after the denial's phrase in its claim. */
    private static List<String> after(ExtractedClaim c) {
        String phrase = phrase(c);
        int at = c.text().indexOf(phrase);
        return at < 0 ? List.of() : Texts.words(c.text().substring(at + phrase.length()).toLowerCase(Locale.ROOT));
    }

    /**
     * A denial whose object is a figure: "disputes that figure", "rejected the estimate", and "disputes that." at
     * the sentence's end; not "denied that the ship carried drones", a denial of a statement.
     */
    private boolean deniesAFigure(ExtractedClaim c, List<String> words) {
        for (String w : words) {
            if (figureNouns.contains(w)) {
                return true;
            }
        }
        if (!deniedPronouns.contains(words.get(words.size() - 1))) {
            return false;
        }
        // "disputes that figure" (the classifier quotes "disputes that"), or "disputes that." with nothing after it
        List<String> after = after(c);
        return after.isEmpty() || figureNouns.contains(after.get(0));
    }

    /** "rejected the accusations.", "rejected the union's charge": a word for a statement, not spelled out after. */
    private boolean deniesAStatement(ExtractedClaim c, List<String> words) {
        if (!statementNouns.contains(words.get(words.size() - 1))) {
            return false;
        }
        List<String> after = after(c);
        return after.isEmpty() || !spelledOut.contains(after.get(0));
    }

    /**
     * "negó que los buques llevaran armas", "rechazó las versiones de prensa": a denial whose phrase holds one of the
     * pack's rebutting markers, or any denial where the pack says "*", answers the other party's claim before it.
     */
    private boolean rebuts(ExtractedClaim c, List<String> words) {
        if (saysWhatDidNotHappen(words)) {
            return false;
        }
        List<String> after = after(c);
        return rebutting.contains(EVERY_DENIAL) || words.stream().anyMatch(rebutting::contains)
                || !after.isEmpty() && rebutting.contains(after.get(0));
    }

    /**
     * A party that denies or accuses goes on in its next claim with its own version, and that claim is part of the
     * dispute: "El canciller calificó de mentiras las versiones … \"Los aviones llevan pasajeros y medicinas\",
     * sostuvo." The next claim carries the dispute when the same party, or a person of it ("Su directora técnica",
     * "o conselheiro da embaixada"), speaks in it and it is quoted, or when the denial was bare ("rechazó esa
     * versión.") and the next claim says what the party holds instead. Opinions and claims in the outlet's voice
     * are left alone.
     */
    List<ExtractedClaim> carry(List<ExtractedClaim> claims) {
        if (!carries) {
            return claims;
        }
        List<ExtractedClaim> out = new ArrayList<>(claims);
        for (int i = 1; i < claims.size(); i++) {
            // the claim before as marked here: what a party holds instead may go on in its quote ("…explicó que las
            // muestras resultaron negativas. «El país sigue libre de la plaga»")
            ExtractedClaim before = out.get(i - 1);
            ExtractedClaim next = claims.get(i);
            if (!voicesADispute(before) || before.attributedTo() == null || next.disputed() || next.attributedTo() == null
                    || next.kind() == ClaimKind.OPINION) {
                continue;
            }
            if (!sameParty(before, next)) {
                if (before.kind() == ClaimKind.DENIAL && opensWithContrast(next)) {
                    out.set(i, disputed(next, "contradicts the denial of " + before.attributedTo()));
                }
                continue;
            }
            if (next.features().contains(DIRECT_QUOTE)) {
                out.set(i, disputed(next, "goes on with the version of " + before.attributedTo()));
            } else if (isBareDenial(before)) {
                out.set(i, disputed(next, HOLDS_INSTEAD + before.attributedTo() + " holds instead"));
            }
        }
        return out;
    }

    /**
     * "El Gobierno afirma que usted inventó esta historia para obtener asilo.": an interviewer putting to the
     * interviewee that a party calls the account made up disputes the account, every factual claim the interviewee
     * made before it (not the opinions). The interviewee is the speaker of the next answer.
     */
    List<ExtractedClaim> rejectAccounts(List<ExtractedClaim> claims) {
        if (!carries) {
            return claims;
        }
        List<ExtractedClaim> out = new ArrayList<>(claims);
        for (int k = 0; k < claims.size(); k++) {
            ExtractedClaim charge = claims.get(k);
            List<String> words = Texts.words(charge.text().toLowerCase(Locale.ROOT));
            if (charge.attributedTo() == null || words.stream().noneMatch(addressed::contains)
                    || words.stream().noneMatch(fabrication::contains)) {
                continue;
            }
            String interviewee = null;
            for (int n = k + 1; n < claims.size() && interviewee == null; n++) {
                if (claims.get(n).features().contains(INTERVIEW)) {
                    interviewee = claims.get(n).attributedTo();
                }
            }
            for (int j = 0; j < k && interviewee != null; j++) {
                ExtractedClaim told = claims.get(j);
                if (interviewee.equals(told.attributedTo()) && told.checkable() && told.kind() != ClaimKind.OPINION) {
                    out.set(j, disputed(out.get(j), "an account " + charge.attributedTo() + " calls made up"));
                }
            }
        }
        return out;
    }

    /**
     * "Sin embargo, dos operadores dijeron que el buque cargará crudo": another party's claim set against the denial
     * right before it is the version the denial rejects.
     */
    private boolean opensWithContrast(ExtractedClaim c) {
        List<String> words = Texts.words(c.text().toLowerCase(Locale.ROOT));
        String opening = " " + String.join(" ", words.subList(0, Math.min(words.size(), CONTRAST_REACH))) + " ";
        for (String contrast : contrasts) {
            if (opening.contains(" " + contrast + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The same speaker, or one the next claim presents as a person of the first ("Su portavoz", "da embaixada"). */
    private boolean sameParty(ExtractedClaim before, ExtractedClaim next) {
        if (before.attributedTo().equals(next.attributedTo())) {
            return true;
        }
        List<String> words = Texts.words(next.text().toLowerCase(Locale.ROOT));
        if (words.isEmpty()) {
            return false;
        }
        if (possessives.contains(words.get(0))
                || words.size() > 1 && possessives.contains(words.get(0) + " " + words.get(1))) {
            return true;
        }
        // "…, afirmou o conselheiro da embaixada" after "A embaixada negou …": the party's one word in the next
        // claim; a claim opening on it is about the party, not by a person of it
        List<String> party = Texts.words(before.attributedTo().toLowerCase(Locale.ROOT));
        return !party.isEmpty() && party.size() <= 2 && words.contains(party.get(0)) && !words.get(0).equals(party.get(0));
    }

    /** "rechazó esa versión.", "negou.", "No, eso no es cierto.": a denial that ends where its phrase ends. */
    private static boolean isBareDenial(ExtractedClaim c) {
        if (c.kind() != ClaimKind.DENIAL || c.disputedReason() == null
                || !c.disputedReason().startsWith(ClaimClassifier.DENIAL_REASON)) {
            return false;
        }
        String phrase = phrase(c);
        int at = c.text().indexOf(phrase);
        return at >= 0 && Texts.words(c.text().substring(at + phrase.length())).isEmpty();
    }

    /** A denial, an accusation or a suspicion a party voices; not an intent or a crime the classifier inferred. */
    private static boolean voicesADispute(ExtractedClaim c) {
        String reason = c.disputedReason();
        return reason != null && (reason.startsWith(ClaimClassifier.DENIAL_REASON) || reason.startsWith("accusation")
                || reason.startsWith("suspicion") || reason.startsWith(HOLDS_INSTEAD));
    }

    /**
     * "afirmó que no reconocerá el resultado", "esclarece que nenhuma das empresas …": a party saying what it will not
     * do or what did not happen states its own account; it answers no claim before it.
     */
    private boolean saysWhatDidNotHappen(List<String> words) {
        String joined = String.join(" ", words);
        for (String cue : contentDenials) {
            if (joined.endsWith(" " + cue)) {
                return true;
            }
        }
        return false;
    }

    private static ExtractedClaim disputed(ExtractedClaim c, String reason) {
        if (c.disputed()) {
            return c;
        }
        return new ExtractedClaim(c.anchor(), c.text(), c.kind(), c.checkable(), c.checkworthiness(), c.features(),
                c.stance(), c.topics(), c.attributedTo(), c.via(), true, reason);
    }
}
