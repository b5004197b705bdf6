package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The segmenter's rules for what a page prints twice: captions, headlines, standfirsts, pull quotes. */
final class Repeats {

    /** Shorter repeats ("Read more.", "Updated.") are left to the line rules. */
    private static final int REPEAT_MIN_CHARS = 40;
    private static final int OPENING_WORDS = 4;

    private Repeats() {
    }

    /**
     * Captions, standfirsts and headlines that a page prints twice carry no final punctuation; a line that
     * also stands at the head of a furniture line (a caption repeated with "| Photo: …") is furniture too.
     * The first copy of a headline-shaped line is left for the headline rule.
     */
    static void markRepeatedLines(List<Block> blocks, java.util.Set<String> stopWords) {
        String[] keys = new String[blocks.size()];
        Map<String, Integer> firstIndex = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        List<String> furnitureKeys = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!mayRepeat(b) && !b.furniture()) {
                continue;
            }
            keys[i] = LineRules.normalizeForComparison(b.text());
            counts.merge(keys[i], 1, Integer::sum);
            firstIndex.putIfAbsent(keys[i], i);
            if (b.furniture()) {
                furnitureKeys.add(keys[i]);
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!mayRepeat(b) || !b.unclassified() && !LineRules.isBulleted(b.text())) {
                continue;
            }
            boolean repeated = counts.get(keys[i]) > 1
                    && !(firstIndex.get(keys[i]) == i && Headlines.isHeadline(b.text(), stopWords));
            if (repeated) {
                blocks.set(i, b.classified(true, "repeated-line"));
            } else if (headOfFurniture(keys[i], furnitureKeys)) {
                blocks.set(i, b.classified(true, "repeated-caption"));
            }
        }
    }

    /** Sentences are left to {@link #markRepeatedParagraphs}; this rule is for unpunctuated lines and bullets. */
    private static boolean mayRepeat(Block b) {
        return LineRules.isBulleted(b.text()) || !LineRules.endsSentence(b.text());
    }

    private static boolean headOfFurniture(String key, List<String> furnitureKeys) {
        for (String f : furnitureKeys) {
            if (f.length() > key.length() && f.startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph that repeats an earlier one, or only its opening words, is a standfirst printed again as
     * a pull quote; the first copy stays the claim. Candidates are looked up by their first words, so the
     * check stays linear in the number of paragraphs.
     */
    static void markRepeatedParagraphs(List<Block> blocks) {
        Map<String, List<Integer>> byOpening = new HashMap<>();
        Map<Integer, String> keys = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.unclassified()) {
                continue;
            }
            List<Integer> earlier = byOpening.computeIfAbsent(opening(b.text()), k -> new ArrayList<>());
            if (!earlier.isEmpty()) {
                String head = withoutFinalStop(keys.computeIfAbsent(i, k -> LineRules.normalizeForComparison(b.text())));
                boolean repeats = head.length() >= REPEAT_MIN_CHARS && earlier.stream().anyMatch(j -> keys
                        .computeIfAbsent(j, k -> LineRules.normalizeForComparison(blocks.get(k).text())).startsWith(head));
                if (repeats) {
                    blocks.set(i, b.classified(true, "repeated-standfirst"));
                    continue;
                }
            }
            earlier.add(i);
        }
    }

    /** The first words of a line as {@link LineRules#normalizeForComparison} would give them. */
    private static String opening(String line) {
        StringBuilder out = new StringBuilder(40);
        int i = LineRules.isBulleted(line) ? 1 : 0;
        int words = 0;
        while (i < line.length() && words < OPENING_WORDS) {
            i = Texts.trimStart(line, i, line.length());
            int start = i;
            while (i < line.length() && !Texts.isSpace(line.charAt(i))) {
                i++;
            }
            if (start < i) {
                if (words++ > 0) {
                    out.append(' ');
                }
                out.append(line, start, i);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String withoutFinalStop(String key) {
        int end = key.length();
        while (end > 0 && ".!?\"”’".indexOf(key.charAt(end - 1)) >= 0) {
            end--;
        }
        return key.substring(0, end);
    }
}
