package io.claimdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * Tells an article's language with OpenNLP's language detector (103 languages, character n-grams): English,
 * Spanish, Portuguese, or {@link Language#UND} when it cannot say with confidence. It reads the article's prose,
 * not its page furniture: menus, share bars and "LEE TAMBIÉN" lines are short, so only lines of
 * {@value #MIN_PROSE_WORDS} words or more count when the text has enough of them, and a navigation bar in English
 * does not outvote a Spanish story. The model loads once; {@link #detect} keeps no state, so one instance serves all
 * threads.
 */
public final class LanguageDetector {

    private static final String MODEL = "/langdetect-183.bin";
    /** ISO 639-3, as the model answers, to the codes the desk stores. */
    private static final Map<String, Language> READ = Map.of("eng", Language.EN, "spa", Language.ES, "por", Language.PT);
    /** A line this long is prose; a menu, a share bar or a byline is shorter. */
    static final int MIN_PROSE_WORDS = 8;
    /** Fewer letters than this (a headline, a caption) say too little to tell Spanish from Galician or Portuguese. */
    static final int MIN_LETTERS = 60;
    /** The opening of the prose is enough: past it the answer does not change, and the cost grows with the text. */
    static final int MAX_CHARS = 2_000;
    /**
     * The model spreads its confidence over 103 languages: a clear sentence gets 0.1–0.2, a run of menu words about
     * 0.02. Below this floor the text is not clearly in any language.
     */
    static final double MIN_CONFIDENCE = 0.05;
    /**
     * The first language must lead the second by this factor: Spanish against Galician or Asturian, Portuguese
     * against Galician, lead by 2–3 in a sentence of prose and by less than 1.3 in a line of names or a mix.
     */
    static final double MIN_LEAD = 1.5;

    private final LanguageDetectorME detector;

    public LanguageDetector() {
        try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("language model " + MODEL + " is not on the classpath");
            }
            detector = new LanguageDetectorME(new LanguageDetectorModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(MODEL, e);
        }
        // the model's first prediction builds its tables: done now rather than in the first import
        detector.predictLanguages("Warm up the model.");
    }

    /**
     * The text's language, or {@link Language#UND} when it is too short, unclear, mostly names, in another language,
     * or written half in one language and half in another (a Spanish story quoting a long English statement).
     */
    public Language detect(String text) {
        String prose = prose(text);
        if (letters(prose) < MIN_LETTERS || mostlyNames(prose)) {
            return Language.UND;
        }
        Language whole = predict(prose);
        int middle = sentenceBreakNearMiddle(prose);
        if (whole == Language.UND || middle < 0) {
            return whole;
        }
        Language first = halfLanguage(prose.substring(0, middle));
        Language second = halfLanguage(prose.substring(middle));
        return first != null && second != null && first != second ? Language.UND : whole;
    }

    private Language predict(String prose) {
        opennlp.tools.langdetect.Language[] ranked = detector.predictLanguages(prose);
        opennlp.tools.langdetect.Language first = ranked[0];
        double second = ranked.length > 1 ? ranked[1].getConfidence() : 0;
        if (first.getConfidence() < MIN_CONFIDENCE || first.getConfidence() < second * MIN_LEAD) {
            return Language.UND;
        }
        return READ.getOrDefault(first.getLang(), Language.UND);
    }

    /** A half's language when it is long and clear enough to say, else null: a short half has no vote. */
    private Language halfLanguage(String half) {
        if (letters(half) < MIN_LETTERS) {
            return null;
        }
        Language language = predict(half);
        return language == Language.UND ? null : language;
    }

    /**
     * Names (people, clubs, towns) are written alike in every language the desk reads; prose has lower-case words
     * between them. A text whose words are mostly capitalised tells nothing of its language.
     */
    static boolean mostlyNames(String prose) {
        int words = 0;
        int lowerCase = 0;
        for (String word : prose.split("\\s+")) {
            if (!word.isEmpty() && Character.isLetter(word.codePointAt(0))) {
                words++;
                if (Character.isLowerCase(word.codePointAt(0))) {
                    lowerCase++;
                }
            }
        }
        return lowerCase * 3 < words;
    }

    /** Where the sentence or line closest to the text's middle ends; -1 for a text of one sentence. */
    static int sentenceBreakNearMiddle(String prose) {
        int middle = prose.length() / 2;
        int best = -1;
        for (int i = 1; i < prose.length() - 1; i++) {
            char c = prose.charAt(i);
            boolean ends = c == '\n' || (c == ' ' && ".?!".indexOf(prose.charAt(i - 1)) >= 0);
            if (ends && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best;
    }

    /** The text's lines of prose, up to {@link #MAX_CHARS}; the whole text when it has too few of them. */
    static String prose(String text) {
        StringBuilder prose = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (words(line) >= MIN_PROSE_WORDS) {
                prose.append(line.strip()).append('\n');
                if (prose.length() >= MAX_CHARS) {
                    break;
                }
            }
        }
        String chosen = letters(prose) >= MIN_LETTERS ? prose.toString() : text;
        return chosen.length() > MAX_CHARS ? chosen.substring(0, MAX_CHARS) : chosen;
    }

    private static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static int letters(CharSequence text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
