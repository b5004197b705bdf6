package io.claimdesk.extraction;

import java.util.List;

/**
 * Who a sentence attributes its content to: {@link AttributionFinder} reads parts of speech where the pack names a
 * tagger model, {@link PatternAttribution} reads the pack's word lists alone where it names none.
 */
interface Attributions {

    /**
     * @param sentence the sentence
     * @param quoted   [start, end) ranges of quoted words inside the sentence
     * @param words    the sentence's words
     */
    Attribution find(String sentence, List<int[]> quoted, Words words);

    /**
     * The cheap test first, one lookup a word: any word outside quotation marks that can attribute at all. A sentence
     * whose only "said" is inside a quotation is not read further.
     */
    static boolean mentionsCue(java.util.Set<String> cueWords, Words words, List<int[]> quoted) {
        for (int i = 0; i < words.size(); i++) {
            if (cueWords.contains(words.lower(i)) && !inside(quoted, words.start(i), words.end(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(List<int[]> ranges, int start, int end) {
        for (int[] r : ranges) {
            if (start >= r[0] && end <= r[1]) {
                return true;
            }
        }
        return false;
    }
}
