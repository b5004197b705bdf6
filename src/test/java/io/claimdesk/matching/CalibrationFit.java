package io.claimdesk.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits {@link Calibration} from judged suggestions: per type, isotonic regression of right/wrong on the raw score
 * (pool adjacent violators), blocks merged until each holds at least {@link #MIN_BLOCK} suggestions, and each
 * block's confidence smoothed towards one half by one right and one wrong guess, so that a handful of lucky
 * suggestions never reads as certainty.
 */
final class CalibrationFit {

    static final int MIN_BLOCK = 8;

    /** A suggestion on an annotated pair: its type, raw score, and whether the annotation accepts it. */
    record Judged(RelationType type, double raw, boolean right) {
    }

    private static final class Block {
        double fromRaw;
        int right;
        int n;

        Block(double fromRaw, int right, int n) {
            this.fromRaw = fromRaw;
            this.right = right;
            this.n = n;
        }

        double rate() {
            return right / (double) n;
        }

        void absorb(Block next) {
            right += next.right;
            n += next.n;
        }
    }

    static Calibration fit(List<Judged> judged) {
        Map<RelationType, List<Calibration.Step>> steps = new EnumMap<>(RelationType.class);
        for (RelationType type : RelationType.values()) {
            List<Judged> mine = judged.stream().filter(j -> j.type() == type)
                    .sorted(Comparator.comparingDouble(Judged::raw)).toList();
            if (!mine.isEmpty()) {
                steps.put(type, steps(mine));
            }
        }
        return new Calibration(steps);
    }

    private static List<Calibration.Step> steps(List<Judged> sorted) {
        List<Block> blocks = new ArrayList<>();
        double previousRaw = Double.NaN;
        for (Judged j : sorted) {
            Block one = new Block(j.raw(), j.right() ? 1 : 0, 1);
            if (j.raw() == previousRaw) {
                // equal scores are one step: a suggestion's confidence cannot depend on which tie came first
                blocks.get(blocks.size() - 1).absorb(one);
            } else {
                blocks.add(one);
            }
            previousRaw = j.raw();
            // pool adjacent violators: a higher score is never right less often than a lower one
            while (blocks.size() > 1 && blocks.get(blocks.size() - 2).rate() >= blocks.get(blocks.size() - 1).rate()) {
                blocks.get(blocks.size() - 2).absorb(blocks.remove(blocks.size() - 1));
            }
        }
        // too small a block says little: fold it into its lower neighbour (the lowest into its upper one)
        for (int i = 0; i < blocks.size() && blocks.size() > 1; ) {
            if (blocks.get(i).n >= MIN_BLOCK) {
                i++;
            } else if (i > 0) {
                blocks.get(i - 1).absorb(blocks.remove(i));
                i = Math.max(0, i - 1);
            } else {
                Block low = blocks.remove(0);
                low.absorb(blocks.get(0));
                blocks.set(0, low);
            }
        }
        List<Calibration.Step> out = new ArrayList<>();
        double floor = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            double confidence = Math.max(floor, Math.round((b.right + 1) / (double) (b.n + 2) * 100) / 100.0);
            if (i > 0 && confidence == floor) {
                continue; // the same confidence as the step below: one step
            }
            floor = confidence;
            out.add(new Calibration.Step(i == 0 ? 0 : b.fromRaw, confidence));
        }
        return out;
    }

    /** The table as {@link Calibration#parse} reads it. */
    static String write(Calibration c, String header) {
        StringBuilder out = new StringBuilder(header);
        c.steps().forEach((type, steps) -> steps.forEach(s ->
                out.append(type).append('\t').append(s.fromRaw()).append('\t').append(s.confidence()).append('\n')));
        return out.toString();
    }

    private CalibrationFit() {
    }
}
