package io.claimdesk.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tartarus.snowball.ext.EnglishStemmer;

/** Tokens and the normal forms the matcher compares: stems for words, spelling-tolerant keys for names. */
final class Words {

    /** A word with its character offsets; hyphenated names stay one token so they can be split deliberately. */
    record Token(String text, int start, int end) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Words() {
    }

    /**
     * The desk's words ({@link io.claimdesk.extraction.Words#of}) as the matcher reads them: a final full stop left
     * out ("U.S." → "U.S"), a possessive's "'s" left out of the text though not of the offsets, and a euro or pound
     * sign left out of a figure (only "$" makes an amount money here). Keys, figures and the calibration were fitted
     * to tokens read so.
     */
    static List<Token> tokens(String text) {
        io.claimdesk.extraction.Words words = io.claimdesk.extraction.Words.of(text);
        List<Token> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String t = words.word(i);
            int start = words.start(i);
            int end = words.end(i);
            if (t.length() > 1 && t.endsWith(".")) {
                t = t.substring(0, t.length() - 1);
                end--;
            }
            if (t.charAt(0) == '€' || t.charAt(0) == '£') {
                if (t.length() == 1) {
                    continue;
                }
                t = t.substring(1);
                start++;
            }
            if (t.endsWith("'s") || t.endsWith("’s")) {
                t = t.substring(0, t.length() - 2);
            }
            out.add(new Token(t, start, end));
        }
        return out;
    }

    static String stem(String lowerWord) {
        EnglishStemmer s = STEMMER.get();
        s.setCurrent(lowerWord);
        s.stem();
        return s.getCurrent();
    }

    /**
     * A key that survives transliteration and inflection of names: accents dropped, "-e-" infixes and
     * hyphens ignored, w read as v, vowels after the first letter and doubled letters dropped, a
     * demonym's "-n" dropped. So Jawad/Javad, Takht-e-Ravanchi/Takht-Ravanchi, Iranian/Iran, Cuban/Cuba meet.
     */
    static String nameKey(String word) {
        String w = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        w = w.replaceAll("[^a-z]", "");
        if (w.length() > 4 && w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 4 && w.endsWith("ian")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("an")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.isEmpty()) {
            return w;
        }
        StringBuilder b = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i) == 'w' ? 'v' : w.charAt(i);
            if ("aeiouy".indexOf(c) >= 0 || c == b.charAt(b.length() - 1)) {
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }
}
