package io.claimdesk.extraction;

import java.util.Arrays;

/**
 * Converts UTF-16 indexes to code-point offsets in O(log n): the pipeline works on Java string indexes,
 * the stored anchors use code points, and a text can be megabytes long.
 */
final class CodePointIndex {

    /** UTF-16 index of the high surrogate of every surrogate pair, ascending. */
    private final int[] pairs;

    CodePointIndex(String text) {
        int[] found = new int[16];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
                i++;
            }
        }
        pairs = Arrays.copyOf(found, count);
    }

    int toCodePoint(int charIndex) {
        if (pairs.length == 0) {
            return charIndex;
        }
        // every pair that ends at or before charIndex counts one code point less
        int pos = Arrays.binarySearch(pairs, charIndex - 2);
        int completePairs = pos >= 0 ? pos + 1 : -pos - 1;
        return charIndex - completePairs;
    }
}
