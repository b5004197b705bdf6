package io.claimdesk.extraction;

import java.util.Locale;

/** Counts for one field of the evaluation: true positives, false positives, false negatives. */
final class Score {

    final String field;
    int tp;
    int fp;
    int fn;

    Score(String field) {
        this.field = field;
    }

    void add(boolean predicted, boolean expected) {
        if (predicted && expected) {
            tp++;
        } else if (predicted) {
            fp++;
        } else if (expected) {
            fn++;
        }
    }

    double precision() {
        return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String row() {
        return String.format(Locale.ROOT, "| %-34s | %5.2f | %5.2f | %5.2f | %4d | %4d | %4d |",
                field, precision(), recall(), f1(), tp, fp, fn);
    }

    static String header() {
        return "| field                              |     P |     R |    F1 |   tp |   fp |   fn |\n"
                + "|------------------------------------|-------|-------|-------|------|------|------|";
    }
}
