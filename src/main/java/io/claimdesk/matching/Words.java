package io.claimdesk.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}$][\\p{L}\\p{N}'’.,$-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}$]");

    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Words() {
    }

    /** Tokens with trailing punctuation trimmed; sentence punctuation inside "U.S." is kept. */
    static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            String t = m.group();
            int end = m.end();
            while (t.length() > 1 && (t.endsWith(",") || t.endsWith("'") || t.endsWith("’"))) {
                t = t.substring(0, t.length() - 1);
                end--;
            }
            if (t.endsWith("'s") || t.endsWith("’s")) {
                t = t.substring(0, t.length() - 2);
            }
            out.add(new Token(t, m.start(), end));
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
