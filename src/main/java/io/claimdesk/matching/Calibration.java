package io.claimdesk.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the matcher's raw overlap score into how often a suggestion like it is right: a stored score of 0.8 means
 * that, on the hand-annotated pairs, suggestions of that type and raw score were right about 8 times in 10. The
 * table is data ({@value #RESOURCE}), fitted per type from the annotated pairs by {@code CalibrationFitTest}, which
 * fails when the table and the annotations disagree.
 */
public final class Calibration {

    static final String RESOURCE = "matching/calibration.tsv";

    /** From this raw score up (to the next step), suggestions of the type are right this often. */
    record Step(double fromRaw, double confidence) {
    }

    private final Map<RelationType, List<Step>> steps;

    Calibration(Map<RelationType, List<Step>> steps) {
        this.steps = steps;
    }

    /** Read when first used: the fitting test writes the table before anything reads it. */
    private static final class Shipped {
        static final Calibration TABLE = read();
    }

    /** The table that ships with the app. */
    public static Calibration standard() {
        return Shipped.TABLE;
    }

    /** How often a suggestion of this type and raw score is right; the raw score itself for a type the table lacks. */
    public double confidence(RelationType type, double raw) {
        List<Step> table = steps.get(type);
        if (table == null || table.isEmpty()) {
            return raw;
        }
        double confidence = table.get(0).confidence();
        for (Step s : table) {
            if (raw >= s.fromRaw()) {
                confidence = s.confidence();
            }
        }
        return confidence;
    }

    Map<RelationType, List<Step>> steps() {
        return steps;
    }

    /** Lines of {@code TYPE<tab>fromRaw<tab>confidence}, steps in rising raw order; {@code #} starts a comment. */
    static Calibration parse(BufferedReader in) throws IOException {
        Map<RelationType, List<Step>> steps = new EnumMap<>(RelationType.class);
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new IllegalStateException(RESOURCE + ": expected TYPE, raw score and confidence: " + line);
            }
            steps.computeIfAbsent(RelationType.valueOf(f[0]), t -> new ArrayList<>())
                    .add(new Step(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
        }
        return new Calibration(steps);
    }

    private static Calibration read() {
        try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
