package io.claimdesk.extraction;

import java.util.Locale;

/** What a headline-shaped line looks like: short, no final punctuation, mostly capitalised words. */
final class Headlines {

    static final int MAX_WORDS = 25;

    private Headlines() {
    }

    /** Short and unpunctuated: a headline, subheading or widget label rather than prose. */
    static boolean isShortUnpunctuated(String line) {
        int words = Texts.wordCount(line);
        if (words == 0 || words > MAX_WORDS) {
            return false;
        }
        char last = Texts.lastVisible(line, 0, line.length());
        return ".!;:,".indexOf(last) < 0 && !LineRules.endsSentence(line);
    }

    /** At least three quarters of the content words (stop words aside) start with a capital or a digit. */
    static boolean isTitleCase(String line, java.util.Set<String> stopWords) {
        int content = 0;
        int capitalised = 0;
        for (String w : Texts.words(line)) {
            if (stopWords.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            content++;
            int c = w.codePointAt(0);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                capitalised++;
            }
        }
        return content >= 2 && capitalised * 4 >= content * 3;
    }

    static boolean isHeadline(String line, java.util.Set<String> stopWords) {
        return isShortUnpunctuated(line) && Texts.wordCount(line) >= 3 && isTitleCase(line, stopWords);
    }
}
