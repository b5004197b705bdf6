package io.claimdesk.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * Universal Dependencies part-of-speech tags from OpenNLP's English model, decoded greedily. The model's
 * own tagger runs a beam of three and builds its features through generic generators; for news text the
 * greedy path gives the same tags (checked equal on every token of the seeds) at a fraction of the cost, which
 * is what lets the extractor tag every sentence that may attribute and stay above 5 MB/s. The features are
 * exactly those of the model's {@code generator.featuregen}: definition, prefixes and suffixes up to four
 * characters, the words two either side, the sentence start, the token class and the two tags before.
 *
 * <p>The model's weights are summed ahead of time wherever the features allow: per distinct word for the
 * features of the word itself and of the word as a neighbour (news text repeats its words), and per tag and tag
 * pair for the previous-tag features. A position then costs a handful of array additions. The word caches are
 * bounded and thread-safe; {@link #tag} keeps the rest of its state on the stack, so one instance serves all
 * threads.
 */
final class PosTagger {

    private static final int AFFIXES = 4;
    /** Distinct words whose summed weights are kept: at most five vectors of 38 doubles, about 1.5 KB, each. */
    private static final int MAX_CACHED_WORDS = 8_000;
    /** The word's own features, and the word seen as the previous, the one before, the next, the one after. */
    private static final int SELF = 0;
    private static final String[] NEIGHBOUR = {null, "p1w=", "p2w=", "n1w=", "n2w="};
    private static final int P1 = 1;
    private static final int P2 = 2;
    private static final int N1 = 3;
    private static final int N2 = 4;

    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final int size;
    /** Per word (as written): the five summed weight vectors, [SELF, P1, P2, N1, N2]. */
    private final Map<String, double[][]> words = new ConcurrentHashMap<>();
    /** "t=" per previous tag; "t2=" per pair of previous tags; the sentence-start features by position. */
    private final double[][] previousTag;
    /** What a feature the model never saw adds to every tag. */
    private final double[] zeros;
    private final double[][] previousTags;
    private final double[][] begin;

    @SuppressWarnings("unchecked")
    PosTagger(String modelResource) {
        try (InputStream in = PosTagger.class.getResourceAsStream(modelResource)) {
            if (in == null) {
                throw new IllegalStateException("part-of-speech model " + modelResource + " is not on the classpath");
            }
            AbstractModel model = new POSModel(in).getArtifact("pos.model");
            Object[] data = model.getDataStructures();
            parameters = (Map<String, Context>) data[1];
            outcomes = (String[]) data[2];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size = outcomes.length;
        zeros = new double[size];
        previousTag = new double[size][];
        previousTags = new double[size * size][];
        for (int a = 0; a < size; a++) {
            previousTag[a] = vector("t=" + outcomes[a]);
            for (int b = 0; b < size; b++) {
                previousTags[a * size + b] = vector("t2=" + outcomes[a] + "," + outcomes[b]);
            }
        }
        begin = new double[][] {vector("S=begin"), vector("p1S=begin"), vector("p2S=begin")};
    }

    /**
     * Tags for the tokens, in order. A tag is a UD tag ("PROPN", "VERB") or, for a word the treebank splits
     * ("Iran's"), the tags of its parts joined by "+" ("PROPN+PART").
     */
    String[] tag(String[] tokens) {
        int n = tokens.length;
        double[][][] w = new double[n][][];
        for (int i = 0; i < n; i++) {
            w[i] = word(tokens[i]);
        }
        String[] tags = new String[n];
        int[] ids = new int[n];
        double[] scores = new double[size];
        for (int i = 0; i < n; i++) {
            // one pass over the tags adding every part in the model's order (the sums come out bit for bit the
            // same as adding them one by one); a part the model lacks adds zeros
            double[] self = w[i][SELF];
            double[] p1 = i > 0 ? orZeros(w[i - 1][P1]) : zeros;
            double[] t1 = i > 0 ? orZeros(previousTag[ids[i - 1]]) : zeros;
            double[] p2 = i > 1 ? orZeros(w[i - 2][P2]) : zeros;
            double[] t2 = i > 1 ? orZeros(previousTags[ids[i - 2] * size + ids[i - 1]]) : zeros;
            double[] n1 = i + 1 < n ? orZeros(w[i + 1][N1]) : zeros;
            double[] n2 = i + 2 < n ? orZeros(w[i + 2][N2]) : zeros;
            double[] b = i < begin.length ? orZeros(begin[i]) : zeros;
            for (int o = 0; o < size; o++) {
                scores[o] = self[o] + p1[o] + t1[o] + p2[o] + t2[o] + n1[o] + n2[o] + b[o];
            }
            // the model's probabilities are a monotone function of these sums: the best sum is the best tag
            int best = 0;
            for (int o = 1; o < size; o++) {
                if (scores[o] > scores[best]) {
                    best = o;
                }
            }
            ids[i] = best;
            tags[i] = outcomes[best];
        }
        return tags;
    }

    /** Whether the model saw the word in training: a capitalised word it never saw is most likely a name. */
    boolean knows(String token) {
        return parameters.containsKey("w=" + token.toLowerCase(Locale.ROOT));
    }

    private double[] orZeros(double[] weights) {
        return weights != null ? weights : zeros;
    }

    /** The word's five weight vectors, summed once and kept while the cache has room. */
    private double[][] word(String token) {
        double[][] cached = words.get(token);
        if (cached != null) {
            return cached;
        }
        String lower = token.toLowerCase(Locale.ROOT);
        double[][] vectors = new double[NEIGHBOUR.length][];
        double[] self = new double[size];
        int length = token.length();
        addFeature(self, "def");
        for (int s = 1; s <= Math.min(AFFIXES, length); s++) {
            addFeature(self, "suf=" + token.substring(length - s));
        }
        for (int s = 1; s <= Math.min(AFFIXES, length); s++) {
            addFeature(self, "pre=" + token.substring(0, s));
        }
        addFeature(self, "w=" + lower);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        addFeature(self, "wc=" + tokenClass);
        addFeature(self, "w&c=" + lower + "," + tokenClass);
        vectors[SELF] = self;
        for (int k = P1; k <= N2; k++) {
            vectors[k] = vector(NEIGHBOUR[k] + lower);
        }
        if (words.size() < MAX_CACHED_WORDS) {
            words.put(token, vectors);
        }
        return vectors;
    }

    /** The weights of one feature over all tags, or null when the model never saw the feature. */
    private double[] vector(String feature) {
        Context c = parameters.get(feature);
        if (c == null) {
            return null;
        }
        double[] v = new double[size];
        int[] outcome = c.getOutcomes();
        double[] weight = c.getParameters();
        for (int j = 0; j < outcome.length; j++) {
            v[outcome[j]] += weight[j];
        }
        return v;
    }

    private void addFeature(double[] scores, String feature) {
        Context c = parameters.get(feature);
        if (c != null) {
            int[] outcome = c.getOutcomes();
            double[] weight = c.getParameters();
            for (int j = 0; j < outcome.length; j++) {
                scores[outcome[j]] += weight[j];
            }
        }
    }
}
