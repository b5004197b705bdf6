package io.claimdesk.dashboard;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.article.OutletStance;
import io.claimdesk.claim.ClaimField;
import io.claimdesk.claim.ClaimFilter;
import io.claimdesk.claim.ClaimListUrls;
import io.claimdesk.claim.ClaimQuery;
import io.claimdesk.claim.ClaimSort;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.extraction.DateLines;
import io.claimdesk.review.QueueSpec;
import io.claimdesk.web.Urls;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/** Turns the dashboard's counts into its charts, each number linked to the claim list filtered to its claims. */
@ApplicationScoped
public class DashboardCharts {

    /** Outlets charted; the others are counted and linked to the articles list. */
    static final int TOP_OUTLETS = 15;
    /** Longest span, in months, still charted per month; a longer one is charted per year. */
    static final int MAX_MONTHS = 36;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final List<QueueSpec.View> QUEUES = List.of(QueueSpec.View.UNREVIEWED, QueueSpec.View.DISPUTED,
            QueueSpec.View.DISAGREE);

    private final DashboardQuery counts;
    private final ClaimQuery claims;
    private final ClaimdeskConfig config;

    DashboardCharts(DashboardQuery counts, ClaimQuery claims, ClaimdeskConfig config) {
        this.counts = counts;
        this.claims = claims;
        this.config = config;
    }

    /** The whole dashboard for the signed-in account (whose id the queues' definitions take). */
    public DashboardView view(long accountId) {
        DashboardQuery.StanceCounts stances = counts.stances();
        List<DashboardQuery.OutletCounts> outlets = counts.topOutlets(TOP_OUTLETS);
        long moreOutlets = Math.max(0, counts.outletsWithClaims() - outlets.size());
        List<DashboardQuery.MonthCount> months = counts.byMonth();
        long undated = months.stream().filter(m -> m.year() == null).mapToLong(DashboardQuery.MonthCount::claims).sum();
        return new DashboardView(stances.total(), queues(accountId), Series.all(), outletChart(outlets), moreOutlets,
                Urls.articles(1), timeChart(months), timeUnit(months), undated, claimList(f -> f.with(ClaimField.UNDATED, true)),
                matrix(stances), topicChart(counts.topics()));
    }

    /** The review queues as {@code /queue} defines them, and the disputed claims nobody has reviewed yet. */
    private List<DashboardView.QueueTile> queues(long accountId) {
        List<DashboardView.QueueTile> tiles = new ArrayList<>();
        for (QueueSpec.View view : QUEUES) {
            QueueSpec queue = new QueueSpec(view, null, null);
            tiles.add(new DashboardView.QueueTile(view.label, claims.count(queue.filter(accountId, 1, 1)),
                    Urls.queue(queue.query()), null));
        }
        ClaimFilter disputedUnreviewed = unfiltered().with(ClaimField.STATUS, ClaimStatus.UNREVIEWED)
                .with(ClaimField.DISPUTED, true);
        tiles.add(new DashboardView.QueueTile("Disputed, not yet reviewed", claims.count(disputedUnreviewed),
                ClaimListUrls.list(disputedUnreviewed, config.pageSize()), "allegations and denials no reviewer has judged"));
        return tiles;
    }

    private BarChart outletChart(List<DashboardQuery.OutletCounts> outlets) {
        List<BarChart.Bar> bars = outlets.stream().map(o -> {
            List<BarChart.Part> parts = Arrays.stream(ClaimStatus.values()).map(status -> {
                long n = o.byStatus().getOrDefault(status, 0L);
                return new BarChart.Part(Series.of(status), n, claimList(f -> f.with(ClaimField.OUTLET, o.name()).with(ClaimField.STATUS, status)), o.name() + ": " + n + " " + Series.of(status).label());
            }).toList();
            return new BarChart.Bar(o.name(), claimList(f -> f.with(ClaimField.OUTLET, o.name())), claims(o.total()) + ": " + inWords(parts), parts);
        }).toList();
        return BarChart.of("chart-outlets", "Claims per outlet by review status",
                outlets.isEmpty() ? "No outlet has claims yet."
                        : "The " + outlets.size() + " outlets with most claims, most first; each bar split into "
                        + Series.statuses().stream().map(Series::label).collect(Collectors.joining(", ")) + " claims.",
                "Outlet", bars, Series.statuses(), BarChart.Bar::total);
    }

    private static String timeUnit(List<DashboardQuery.MonthCount> months) {
        return monthSpan(months) > MAX_MONTHS ? "year" : "month";
    }

    /**
     * Months from the first dated month to the last within the years an article may bear (see
     * {@link DateLines#plausible}), both counted; 0 when no claim has such a date. Dates outside are charted apart.
     */
    private static long monthSpan(List<DashboardQuery.MonthCount> months) {
        List<YearMonth> dated = months.stream().filter(m -> m.year() != null && Span.of(m.year()) == Span.WITHIN)
                .map(m -> YearMonth.of(m.year(), m.month())).sorted().toList();
        return dated.isEmpty() ? 0 : dated.get(0).until(dated.get(dated.size() - 1), java.time.temporal.ChronoUnit.MONTHS) + 1;
    }

    /**
     * Where a year lies against the years an article may bear. Rows stored before dates were checked can hold year
     * 99999; one bar per year up to it answered 40 MB, so such dates share one bar before or after the chart.
     */
    private enum Span {
        BEFORE, WITHIN, AFTER;

        static Span of(int year) {
            return year < DateLines.EARLIEST.getYear() ? BEFORE : year > DateLines.latest().getYear() ? AFTER : WITHIN;
        }
    }

    /** Every month (or year) from the first dated claim to the last, empty ones included, so gaps show. */
    private BarChart timeChart(List<DashboardQuery.MonthCount> months) {
        boolean byYear = monthSpan(months) > MAX_MONTHS;
        Map<YearMonth, Long> perBucket = new HashMap<>();
        Map<Span, Long> outside = new EnumMap<>(Span.class);
        months.stream().filter(m -> m.year() != null).forEach(m -> {
            Span span = Span.of(m.year());
            if (span == Span.WITHIN) {
                perBucket.merge(YearMonth.of(m.year(), byYear ? 1 : m.month()), m.claims(), Long::sum);
            } else {
                outside.merge(span, m.claims(), Long::sum);
            }
        });
        List<BarChart.Bar> bars = new ArrayList<>();
        if (outside.containsKey(Span.BEFORE)) {
            bars.add(timeBar("before " + DateLines.EARLIEST.getYear(), outside.get(Span.BEFORE), null,
                    DateLines.EARLIEST.minusDays(1)));
        }
        if (!perBucket.isEmpty()) {
            YearMonth last = perBucket.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
            for (YearMonth at = perBucket.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
                 !at.isAfter(last); at = at.plusMonths(byYear ? 12 : 1)) {
                LocalDate to = byYear ? LocalDate.of(at.getYear(), 12, 31) : at.atEndOfMonth();
                bars.add(timeBar(byYear ? String.valueOf(at.getYear()) : MONTH.format(at), perBucket.getOrDefault(at, 0L),
                        at.atDay(1), to));
            }
        }
        if (outside.containsKey(Span.AFTER)) {
            bars.add(timeBar("after " + DateLines.latest().getYear(), outside.get(Span.AFTER),
                    DateLines.latest().plusDays(1), null));
        }
        String unit = byYear ? "year" : "month";
        return BarChart.of("chart-time", "Claims per " + unit + " of their article's published date",
                bars.isEmpty() ? "No claim has a published date yet."
                        : "From " + bars.get(0).label() + " to " + bars.get(bars.size() - 1).label()
                        + ", oldest first; claims whose article has no date are counted apart, not drawn.",
                byYear ? "Year" : "Month", bars, List.of(Series.CLAIMS), BarChart.Bar::total);
    }

    /** One bar of the time chart, linked to the claims published from {@code from} to {@code to} (null: open). */
    private BarChart.Bar timeBar(String label, long n, LocalDate from, LocalDate to) {
        String url = claimList(f -> f.with(ClaimField.PUBLISHED_FROM, from).with(ClaimField.PUBLISHED_TO, to));
        return new BarChart.Bar(label, url, claims(n), List.of(new BarChart.Part(Series.CLAIMS, n, url, label + ": " + claims(n))));
    }

    private DashboardView.StanceMatrix matrix(DashboardQuery.StanceCounts stances) {
        long largest = Arrays.stream(OutletStance.values())
                .flatMap(o -> Arrays.stream(ClaimStance.values()).map(c -> stances.count(o, c)))
                .max(Long::compare).orElse(0L);
        List<DashboardView.MatrixRow> rows = new ArrayList<>();
        for (OutletStance outlet : OutletStance.values()) {
            List<DashboardView.Cell> cells = new ArrayList<>();
            for (ClaimStance claim : ClaimStance.values()) {
                long n = stances.count(outlet, claim);
                cells.add(new DashboardView.Cell(n, claimList(f -> f.with(ClaimField.OUTLET_STANCE, outlet).with(ClaimField.STANCE, claim)), level(n, largest), n + " claims " + word(claim) + " by " + word(outlet) + " outlets"));
            }
            long rowTotal = cells.stream().mapToLong(DashboardView.Cell::count).sum();
            rows.add(new DashboardView.MatrixRow(outlet, new DashboardView.Cell(rowTotal,
                    claimList(f -> f.with(ClaimField.OUTLET_STANCE, outlet)), 0, rowTotal + " claims of " + word(outlet) + " outlets"), cells));
        }
        List<DashboardView.Cell> columnTotals = Arrays.stream(ClaimStance.values()).map(claim -> {
            long n = Arrays.stream(OutletStance.values()).mapToLong(o -> stances.count(o, claim)).sum();
            return new DashboardView.Cell(n, claimList(f -> f.with(ClaimField.STANCE, claim)), 0, n + " claims " + word(claim));
        }).toList();
        return new DashboardView.StanceMatrix(List.of(ClaimStance.values()), rows, columnTotals, stances.total(),
                stances.withoutOutlet());
    }

    /** Topics with the largest disputed share first; each bar is the topic's claims, split disputed / not. */
    private BarChart topicChart(List<DashboardQuery.TopicCounts> topics) {
        List<BarChart.Bar> bars = topics.stream()
                .sorted(Comparator.comparingDouble((DashboardQuery.TopicCounts t) -> -(double) t.disputed() / t.claims())
                        .thenComparing(t -> -t.claims()).thenComparing(DashboardQuery.TopicCounts::topic))
                .map(t -> {
                    String label = t.topic().replace('_', ' ');
                    long undisputed = t.claims() - t.disputed();
                    List<BarChart.Part> parts = List.of(
                            new BarChart.Part(Series.DISPUTED, t.disputed(), claimList(f -> f.with(ClaimField.TOPIC, t.topic()).with(ClaimField.DISPUTED, true)), label + ": " + t.disputed() + " disputed"),
                            new BarChart.Part(Series.UNDISPUTED, undisputed, claimList(f -> f.with(ClaimField.TOPIC, t.topic()).with(ClaimField.DISPUTED, false)), label + ": " + undisputed + " not disputed"));
                    return new BarChart.Bar(label, claimList(f -> f.with(ClaimField.TOPIC, t.topic())),
                            t.disputed() + " of " + t.claims() + " disputed (" + Math.round(100.0 * t.disputed() / t.claims()) + "%)",
                            parts);
                }).toList();
        return BarChart.of("chart-topics", "Topics by share of disputed claims",
                bars.isEmpty() ? "No claim has a topic yet."
                        : "Each topic's claims as one full-length bar, the disputed part first; largest disputed share at the top.",
                "Topic", bars, List.of(Series.DISPUTED, Series.UNDISPUTED), bar -> 1);
    }

    /** 0 for none, else 1 to 4 by the count's share of the largest cell. */
    static int level(long count, long largest) {
        return count == 0 || largest == 0 ? 0 : (int) Math.max(1, Math.ceil(4.0 * count / largest));
    }

    private static String inWords(List<BarChart.Part> parts) {
        return parts.stream().filter(p -> p.count() > 0).map(p -> p.count() + " " + p.series().label())
                .collect(Collectors.joining(", "));
    }

    private static String claims(long n) {
        return n + (n == 1 ? " claim" : " claims");
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The claim list narrowed as given: the one way the dashboard links into it. */
    private String claimList(UnaryOperator<ClaimFilter> narrowing) {
        return ClaimListUrls.list(narrowing.apply(unfiltered()), config.pageSize());
    }

    private ClaimFilter unfiltered() {
        return ClaimFilter.unfiltered(ClaimSort.NEWEST, 1, config.pageSize());
    }
}
