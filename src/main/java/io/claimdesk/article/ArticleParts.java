package io.claimdesk.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article's text cut into parts of about {@code length} code points, each ending at a line break where one is
 * near, so that a page shows one part: what a page costs is bounded by the part, not by the article (an article of
 * 100,000 claims is a book). The cuts depend on the text alone, so a claim's part is the same on every request.
 *
 * @param cuts the code-point offsets where parts start, then the text's end
 */
public record ArticleParts(int[] cuts) {

    static ArticleParts of(ArticleText text, int length) {
        List<Integer> cuts = new ArrayList<>(List.of(0));
        for (int next = length; next < text.length(); ) {
            int cut = text.breakNear(next, length / 4);
            if (cut >= text.length()) {
                break;
            }
            cuts.add(cut);
            next = cut + length;
        }
        cuts.add(text.length());
        return new ArticleParts(cuts.stream().mapToInt(Integer::intValue).toArray());
    }

    public int count() {
        return cuts.length - 1;
    }

    /** Where part {@code number} (from 1) starts. */
    public int start(int number) {
        return cuts[number - 1];
    }

    /** Where part {@code number} ends (exclusive). */
    public int end(int number) {
        return cuts[number];
    }

    /** The part holding this code-point offset. */
    public int partOf(int offset) {
        int at = Arrays.binarySearch(cuts, 0, cuts.length - 1, offset);
        return Math.max(1, Math.min(count(), at >= 0 ? at + 1 : -at - 1));
    }
}
