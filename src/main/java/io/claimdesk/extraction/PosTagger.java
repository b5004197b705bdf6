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
 * greedy path gives the same tags (checked equal on every token of the seeds) at about five times the
 * speed, which is what lets the extractor tag the words around every reporting verb and stay above 5 MB/s.
 * The features are exactly those of the model's {@code generator.featuregen}: definition, prefixes and
 * suffixes up to four characters, the words two either side, the sentence start, the token class and the
 * two tags before.
 *
 * <p>The features of a word alone (its affixes, form and class) are summed once per distinct word and kept: news
 * text repeats its words, so most positions cost only the seven lookups of their context. The cache is
 * bounded and thread-safe; {@link #tag} keeps the rest of its state on the stack, so one instance serves all
 * threads.
 */
final class PosTagger {

    private static final int AFFIXES = 4;
    private static final String[] BEGIN = {"S=begin", "p1S=begin", "p2S=begin"};

    /** Distinct words whose own features are kept summed: about 120 bytes each. */
    private static final int MAX_CACHED_WORDS = 50_000;

    private final Map<String, Context> parameters;
    private final String[] outcomes;
    private final Map<String, double[]> wordScores = new ConcurrentHashMap<>();

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
    }

    /**
     * Tags for the tokens, in order. A tag is a UD tag ("PROPN", "VERB") or, for a word the treebank splits
     * ("Iran's"), the tags of its parts joined by "+" ("PROPN+PART").
     */
    String[] tag(String[] tokens) {
        int n = tokens.length;
        String[] lower = new String[n];
        for (int i = 0; i < n; i++) {
            lower[i] = tokens[i].toLowerCase(Locale.ROOT);
        }
        String[] tags = new String[n];
        String[] features = new String[16];
        double[] scores = new double[outcomes.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(wordScores(tokens[i], lower[i]), 0, scores, 0, scores.length);
            int k = contextFeatures(lower, tags, i, features);
            for (int f = 0; f < k; f++) {
                add(features[f], scores);
            }
            // the model's probabilities are a monotone function of these sums: the best sum is the best tag
            int best = 0;
            for (int o = 1; o < scores.length; o++) {
                if (scores[o] > scores[best]) {
                    best = o;
                }
            }
            tags[i] = outcomes[best];
        }
        return tags;
    }

    private void add(String feature, double[] scores) {
        Context c = parameters.get(feature);
        if (c != null) {
            int[] outcome = c.getOutcomes();
            double[] weight = c.getParameters();
            for (int j = 0; j < outcome.length; j++) {
                scores[outcome[j]] += weight[j];
            }
        }
    }

    /** The summed weights of the features that depend on the word alone. */
    private double[] wordScores(String token, String lower) {
        double[] cached = wordScores.get(token);
        if (cached != null) {
            return cached;
        }
        double[] scores = new double[outcomes.length];
        int length = token.length();
        add("def", scores);
        for (int s = 1; s <= Math.min(AFFIXES, length); s++) {
            add("suf=" + token.substring(length - s), scores);
        }
        for (int s = 1; s <= Math.min(AFFIXES, length); s++) {
            add("pre=" + token.substring(0, s), scores);
        }
        add("w=" + lower, scores);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        add("wc=" + tokenClass, scores);
        add("w&c=" + lower + "," + tokenClass, scores);
        if (wordScores.size() < MAX_CACHED_WORDS) {
            wordScores.put(token, scores);
        }
        return scores;
    }

    /** The features of the word's place: its neighbours, the sentence start and the two tags before. */
    private static int contextFeatures(String[] lower, String[] tags, int i, String[] out) {
        int k = 0;
        if (i > 0) {
            out[k++] = "p1w=" + lower[i - 1];
        }
        if (i > 1) {
            out[k++] = "p2w=" + lower[i - 2];
        }
        if (i + 1 < lower.length) {
            out[k++] = "n1w=" + lower[i + 1];
        }
        if (i + 2 < lower.length) {
            out[k++] = "n2w=" + lower[i + 2];
        }
        if (i < BEGIN.length) {
            out[k++] = BEGIN[i];
        }
        if (i > 0) {
            out[k++] = "t=" + tags[i - 1];
        }
        if (i > 1) {
            out[k++] = "t2=" + tags[i - 2] + "," + tags[i - 1];
        }
        return k;
    }
}
