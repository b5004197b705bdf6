package io.claimdesk.matching;

import java.util.function.ToDoubleFunction;

/**
 * A claim's key weights (idf) for one state of the index, kept on the claim: a claim is scored as a
 * candidate many times between two commits, and looking its keys up each time would dominate matching.
 */
final class KeyWeights {

    /** weights[i] belongs to the claim's i-th key; names sums the weights of its name keys. */
    record Snapshot(Object generation, double[] weights, double total, double names) {
    }

    private volatile Snapshot snapshot;

    Snapshot of(Object generation, String[] keys, ToDoubleFunction<String> idf) {
        Snapshot s = snapshot;
        if (s != null && s.generation() == generation) {
            return s;
        }
        double[] w = new double[keys.length];
        double total = 0;
        double names = 0;
        for (int i = 0; i < keys.length; i++) {
            w[i] = idf.applyAsDouble(keys[i]);
            total += w[i];
            names += keys[i].startsWith("e:") ? w[i] : 0;
        }
        s = new Snapshot(generation, w, total, names);
        snapshot = s;
        return s;
    }
}
