package io.claimdesk.bench;

import io.claimdesk.extraction.ClaimExtractor;
import java.io.IOException;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread extraction throughput over a corpus of at least {@code --mb} megabytes (default 10) built
 * by repeating the seed articles, each repetition extracted as its own article. Prints figures, asserts
 * nothing: see bench/extraction/README.md. Arguments: {@code [seed-dir] [--mb N] [--runs N]}. Besides
 * wall-clock throughput it prints throughput by the process's CPU time (garbage collection and JIT
 * included), which other load on a shared machine does not distort.
 */
public final class ExtractionBenchmark {

    private static final double MB = 1_000_000.0;
    /** The JIT needs a few passes before the figures settle, more on a machine shared with other work. */
    private static final int MIN_WARM_UP_PASSES = 3;
    private static final int MAX_WARM_UP_PASSES = 20;
    private static final double STABLE = 0.1;
    private static final double STABLE_JIT = 0.05;

    private ExtractionBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path seedDir = Path.of("seed");
        double targetMb = 10;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> targetMb = Double.parseDouble(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                default -> seedDir = Path.of(args[i]);
            }
        }
        List<String> seeds = readSeeds(seedDir);
        List<String> corpus = new ArrayList<>();
        long bytes = 0;
        while (bytes < targetMb * MB) {
            for (String s : seeds) {
                corpus.add(s);
                bytes += s.getBytes(StandardCharsets.UTF_8).length;
            }
        }
        ClaimExtractor extractor = new ClaimExtractor();
        System.out.printf(Locale.ROOT, "corpus: %d articles from %d seeds, %.2f MB (UTF-8 bytes), %d chars%n",
                corpus.size(), seeds.size(), bytes / MB, corpus.stream().mapToLong(String::length).sum());
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long warmUp = System.nanoTime();
        int passes = warmUp(extractor, corpus);
        System.out.printf(Locale.ROOT, "warm-up: %d passes, %.1f s%n", passes, (System.nanoTime() - warmUp) / 1e9);
        double[] wallMbPerS = new double[runs];
        double[] cpuMbPerS = new double[runs];
        long claims = 0;
        for (int r = 0; r < runs; r++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            claims = pass(extractor, corpus);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
            wallMbPerS[r] = bytes / MB / seconds;
            cpuMbPerS[r] = bytes / MB / cpuSeconds;
            System.out.printf(Locale.ROOT, "run %d: %.2f s wall, %.2f s CPU: %.2f MB/s (%.2f MB/s by CPU time),"
                    + " %.0f claims/s, %.0f articles/s%n", r + 1, seconds, cpuSeconds, wallMbPerS[r], cpuMbPerS[r],
                    claims / seconds, corpus.size() / seconds);
        }
        Arrays.sort(wallMbPerS);
        Arrays.sort(cpuMbPerS);
        System.out.printf(Locale.ROOT, "median: %.2f MB/s on one thread, %.2f MB/s by CPU time (%d claims per pass)%n",
                wallMbPerS[runs / 2], cpuMbPerS[runs / 2], claims);
        System.out.printf(Locale.ROOT, "best:   %.2f MB/s on one thread, %.2f MB/s by CPU time%n",
                wallMbPerS[runs - 1], cpuMbPerS[runs - 1]);
    }

    /**
     * Passes until the JIT is done: the compilers spent under a twentieth of the last pass compiling and
     * the pass took about as long as the one before. At least a few passes, at most a bound.
     */
    private static int warmUp(ClaimExtractor extractor, List<String> corpus) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long previous = Long.MAX_VALUE;
        for (int pass = 1; pass <= MAX_WARM_UP_PASSES; pass++) {
            long compiledBefore = jit.getTotalCompilationTime();
            long t0 = System.nanoTime();
            pass(extractor, corpus);
            long took = System.nanoTime() - t0;
            double compiling = (jit.getTotalCompilationTime() - compiledBefore) * 1e6 / took;
            if (pass >= MIN_WARM_UP_PASSES && compiling < STABLE_JIT && Math.abs(took - previous) <= previous * STABLE) {
                return pass;
            }
            previous = took;
        }
        return MAX_WARM_UP_PASSES;
    }

    private static long pass(ClaimExtractor extractor, List<String> corpus) {
        long claims = 0;
        for (String text : corpus) {
            claims += extractor.extract(text).claims().size();
        }
        return claims;
    }

    private static List<String> readSeeds(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> paths = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            if (paths.isEmpty()) {
                throw new IllegalArgumentException("no .txt seeds in " + dir.toAbsolutePath());
            }
            List<String> texts = new ArrayList<>();
            for (Path p : paths) {
                texts.add(Files.readString(p, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }
}
