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
import io.claimdesk.web.InterfaceLanguage;
import io.claimdesk.web.Urls;
import io.claimdesk.web.WorkMessages;
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

/**
 * Turns the dashboard's counts into its charts, each number linked to the claim list filtered to its claims. The
 * counts are the same in every language; the charts' words come from {@link WorkMessages} in the page's.
 */
@ApplicationScoped
public class DashboardCharts {

    /** Outlets charted; the others are counted and linked to the articles list. */
    static final int TOP_OUTLETS = 15;
    /** Longest span, in months, still charted per month; a longer one is charted per year. */
    static final int MAX_MONTHS = 36;
    /** A month bar's label, given the page's locale ({@code Mar 2024}, {@code mar 2024}). */
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

    /**
     * The dashboard's numbers, the same for every reader and in every language: what the page keeps until the desk
     * changes.
     *
     * @param queues the sizes of the {@link #QUEUES}, in their order
     */
    public record Counts(List<Long> queues, long disputedUnreviewed, List<DashboardQuery.OutletCounts> outlets,
                         long moreOutlets, List<DashboardQuery.MonthCount> months, DashboardQuery.StanceCounts stances,
                         List<DashboardQuery.TopicCounts> topics) {
    }

    /** Counts the dashboard for the signed-in account (whose id the queues' definitions take). */
    public Counts count(long accountId) {
        List<Long> queues = QUEUES.stream()
                .map(view -> claims.count(new QueueSpec(view, null, null).filter(accountId, 1, 1))).toList();
        List<DashboardQuery.OutletCounts> outlets = counts.topOutlets(TOP_OUTLETS);
        return new Counts(queues, claims.count(disputedUnreviewed()), outlets,
                Math.max(0, counts.outletsWithClaims() - outlets.size()), counts.byMonth(), counts.stances(),
                counts.topics());
    }

    /** The whole dashboard as counted, in the words of the page's language. */
    public DashboardView view(Counts counted, InterfaceLanguage language) {
        WorkMessages words = language.work();
        List<DashboardQuery.MonthCount> months = counted.months();
        long undated = months.stream().filter(m -> m.year() == null).mapToLong(DashboardQuery.MonthCount::claims).sum();
        return new DashboardView(counted.stances().total(), queues(counted, words), Series.all(),
                outletChart(counted.outlets(), words), counted.moreOutlets(), Urls.articles(1),
                timeChart(months, words, MONTH.withLocale(language.locale())), timeUnit(months), undated,
                claimList(f -> f.with(ClaimField.UNDATED, true)), matrix(counted.stances(), words),
                topicChart(counted.topics(), words));
    }

    /** The review queues as {@code /queue} defines them, and the disputed claims nobody has reviewed yet. */
    private List<DashboardView.QueueTile> queues(Counts counted, WorkMessages words) {
        List<DashboardView.QueueTile> tiles = new ArrayList<>();
        for (int i = 0; i < QUEUES.size(); i++) {
            QueueSpec queue = new QueueSpec(QUEUES.get(i), null, null);
            tiles.add(new DashboardView.QueueTile(QUEUES.get(i).label, counted.queues().get(i), Urls.queue(queue.query()),
                    null));
        }
        tiles.add(new DashboardView.QueueTile(words.dash_disputedUnreviewed(), counted.disputedUnreviewed(),
                ClaimListUrls.list(disputedUnreviewed(), config.pageSize()), words.dash_disputedUnreviewedNote()));
        return tiles;
    }

    private ClaimFilter disputedUnreviewed() {
        return unfiltered().with(ClaimField.STATUS, ClaimStatus.UNREVIEWED).with(ClaimField.DISPUTED, true);
    }

    private BarChart outletChart(List<DashboardQuery.OutletCounts> outlets, WorkMessages words) {
        List<BarChart.Bar> bars = outlets.stream().map(o -> {
            List<BarChart.Part> parts = Arrays.stream(ClaimStatus.values()).map(status -> {
                long n = o.byStatus().getOrDefault(status, 0L);
                return new BarChart.Part(Series.of(status), n, claimList(f -> f.with(ClaimField.OUTLET, o.name()).with(ClaimField.STATUS, status)), o.name() + ": " + words.dash_seriesCount(n, Series.of(status).key()));
            }).toList();
            return new BarChart.Bar(o.name(), claimList(f -> f.with(ClaimField.OUTLET, o.name())), words.dash_claims(o.total()) + ": " + inWords(parts, words), parts);
        }).toList();
        return BarChart.of("chart-outlets", words.dash_outletChart(),
                outlets.isEmpty() ? words.dash_outletChartEmpty()
                        : words.dash_outletChartText(outlets.size(), Series.statuses().stream()
                        .map(s -> words.dash_series(s.key())).collect(Collectors.joining(", "))),
                words.dash_outletHeading(), bars, Series.statuses(), BarChart.Bar::total);
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
    private BarChart timeChart(List<DashboardQuery.MonthCount> months, WorkMessages words, DateTimeFormatter month) {
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
            bars.add(timeBar(words.dash_before(DateLines.EARLIEST.getYear()), outside.get(Span.BEFORE), null,
                    DateLines.EARLIEST.minusDays(1), words));
        }
        if (!perBucket.isEmpty()) {
            YearMonth last = perBucket.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
            for (YearMonth at = perBucket.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
                 !at.isAfter(last); at = at.plusMonths(byYear ? 12 : 1)) {
                LocalDate to = byYear ? LocalDate.of(at.getYear(), 12, 31) : at.atEndOfMonth();
                bars.add(timeBar(byYear ? String.valueOf(at.getYear()) : month.format(at), perBucket.getOrDefault(at, 0L),
                        at.atDay(1), to, words));
            }
        }
        if (outside.containsKey(Span.AFTER)) {
            bars.add(timeBar(words.dash_after(DateLines.latest().getYear()), outside.get(Span.AFTER),
                    DateLines.latest().plusDays(1), null, words));
        }
        String unit = byYear ? "year" : "month";
        return BarChart.of("chart-time", words.dash_timeChart(unit),
                bars.isEmpty() ? words.dash_timeChartEmpty()
                        : words.dash_timeChartText(bars.get(0).label(), bars.get(bars.size() - 1).label()),
                words.dash_timeHeading(unit), bars, List.of(Series.CLAIMS), BarChart.Bar::total);
    }

    /** One bar of the time chart, linked to the claims published from {@code from} to {@code to} (null: open). */
    private BarChart.Bar timeBar(String label, long n, LocalDate from, LocalDate to, WorkMessages words) {
        String url = claimList(f -> f.with(ClaimField.PUBLISHED_FROM, from).with(ClaimField.PUBLISHED_TO, to));
        String claims = words.dash_claims(n);
        return new BarChart.Bar(label, url, claims, List.of(new BarChart.Part(Series.CLAIMS, n, url, label + ": " + claims)));
    }

    private DashboardView.StanceMatrix matrix(DashboardQuery.StanceCounts stances, WorkMessages words) {
        long largest = Arrays.stream(OutletStance.values())
                .flatMap(o -> Arrays.stream(ClaimStance.values()).map(c -> stances.count(o, c)))
                .max(Long::compare).orElse(0L);
        List<DashboardView.MatrixRow> rows = new ArrayList<>();
        for (OutletStance outlet : OutletStance.values()) {
            List<DashboardView.Cell> cells = new ArrayList<>();
            for (ClaimStance claim : ClaimStance.values()) {
                long n = stances.count(outlet, claim);
                cells.add(new DashboardView.Cell(n, claimList(f -> f.with(ClaimField.OUTLET_STANCE, outlet).with(ClaimField.STANCE, claim)), level(n, largest),
                        words.dash_matrixCell(n, words.dash_claimStance(word(claim)), words.dash_outletStance(word(outlet)))));
            }
            long rowTotal = cells.stream().mapToLong(DashboardView.Cell::count).sum();
            rows.add(new DashboardView.MatrixRow(outlet, new DashboardView.Cell(rowTotal,
                    claimList(f -> f.with(ClaimField.OUTLET_STANCE, outlet)), 0,
                    words.dash_matrixRowTotal(rowTotal, words.dash_outletStance(word(outlet)))), cells));
        }
        List<DashboardView.Cell> columnTotals = Arrays.stream(ClaimStance.values()).map(claim -> {
            long n = Arrays.stream(OutletStance.values()).mapToLong(o -> stances.count(o, claim)).sum();
            return new DashboardView.Cell(n, claimList(f -> f.with(ClaimField.STANCE, claim)), 0,
                    words.dash_matrixColumnTotal(n, words.dash_claimStance(word(claim))));
        }).toList();
        return new DashboardView.StanceMatrix(List.of(ClaimStance.values()), rows, columnTotals, stances.total(),
                stances.withoutOutlet());
    }

    /** Topics with the largest disputed share first; each bar is the topic's claims, split disputed / not. */
    private BarChart topicChart(List<DashboardQuery.TopicCounts> topics, WorkMessages words) {
        List<BarChart.Bar> bars = topics.stream()
                .sorted(Comparator.comparingDouble((DashboardQuery.TopicCounts t) -> -(double) t.disputed() / t.claims())
                        .thenComparing(t -> -t.claims()).thenComparing(DashboardQuery.TopicCounts::topic))
                .map(t -> {
                    String label = t.topic().replace('_', ' ');
                    long undisputed = t.claims() - t.disputed();
                    List<BarChart.Part> parts = List.of(
                            new BarChart.Part(Series.DISPUTED, t.disputed(), claimList(f -> f.with(ClaimField.TOPIC, t.topic()).with(ClaimField.DISPUTED, true)), label + ": " + words.dash_seriesCount(t.disputed(), Series.DISPUTED.key())),
                            new BarChart.Part(Series.UNDISPUTED, undisputed, claimList(f -> f.with(ClaimField.TOPIC, t.topic()).with(ClaimField.DISPUTED, false)), label + ": " + words.dash_seriesCount(undisputed, Series.UNDISPUTED.key())));
                    return new BarChart.Bar(label, claimList(f -> f.with(ClaimField.TOPIC, t.topic())),
                            words.dash_topicValue(t.disputed(), t.claims(), Math.round(100.0 * t.disputed() / t.claims())),
                            parts);
                }).toList();
        return BarChart.of("chart-topics", words.dash_topicChart(),
                bars.isEmpty() ? words.dash_topicChartEmpty() : words.dash_topicChartText(),
                words.dash_topicHeading(), bars, List.of(Series.DISPUTED, Series.UNDISPUTED), bar -> 1);
    }

    /** 0 for none, else 1 to 4 by the count's share of the largest cell. */
    static int level(long count, long largest) {
        return count == 0 || largest == 0 ? 0 : (int) Math.max(1, Math.ceil(4.0 * count / largest));
    }

    private static String inWords(List<BarChart.Part> parts, WorkMessages words) {
        return parts.stream().filter(p -> p.count() > 0).map(p -> words.dash_seriesCount(p.count(), p.series().key()))
                .collect(Collectors.joining(", "));
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
