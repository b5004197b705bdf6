package io.claimdesk.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimdesk.article.OutletStance;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.extraction.ClaimStance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who else carries a claim and whether that support is independent: the claim and its open relations grouped
 * by origin (outlets repeating one source count once) and laid out as outlets × how each presents it.
 *
 * @param outlets  outlets that report the claim (this one and those linked by an open same-event, support or
 *                 conflict relation)
 * @param origins  those reports grouped by the source they go back to
 * @param matrix   every outlet that mentions the event, by outlet stance, against asserts / reports / disputes
 * @param callout  whether the support crosses opposing stances or comes from one stance only
 */
public record Corroboration(int outlets, List<OriginGroup> origins, List<String> stances, List<MatrixRow> matrix,
                            String callout, boolean crossesStances) {

    /** One independent origin and the claims that go back to it. */
    public record OriginGroup(String origin, List<Appearance> appearances) {
    }

    public record Appearance(long claimId, String outlet, OutletStance outletStance, ClaimStance stance) {
    }

    /** One outlet's row of the stance matrix: its claims about the event by how each presents it. */
    public record MatrixRow(String outlet, OutletStance outletStance, boolean stanceSuggested, List<Long> asserts,
                            List<Long> reports, List<Long> disputes) {
    }

    private static final String UNKNOWN_OUTLET = "unknown outlet";

    @JsonProperty("summary")
    public String summary() {
        return "Reported by " + outlets + (outlets == 1 ? " outlet" : " outlets") + " from " + origins.size()
                + (origins.size() == 1 ? " independent origin" : " independent origins")
                + ", across stances {" + String.join(", ", stances) + "}";
    }

    /**
     * @param repostOrigins for articles that repost another, the outlet of the first copy: what the repost says in
     *                      its own voice goes back to that outlet, not to the site that copied it
     */
    static Corroboration of(ClaimRow self, List<RelatedClaim> related, Map<Long, String> repostOrigins) {
        List<ClaimRow> reporting = new ArrayList<>(List.of(self));
        Map<String, MatrixBuilder> matrix = new LinkedHashMap<>();
        matrix(matrix, self, self.stance());
        for (RelatedClaim r : related) {
            if (!r.open()) {
                continue;
            }
            if (r.type() == RelationType.CONTRADICTS) {
                matrix(matrix, r.other(), ClaimStance.DISPUTES);
            } else {
                reporting.add(r.other());
                matrix(matrix, r.other(), r.other().stance());
            }
        }
        Map<Long, ClaimRow> byId = new LinkedHashMap<>();
        reporting.forEach(row -> byId.put(row.id(), row));
        List<OriginGroup> origins = Origins.group(reporting.stream().map(r -> card(r, repostOrigins)).toList()).entrySet().stream()
                .map(e -> new OriginGroup(e.getKey(), e.getValue().stream().map(c -> appearance(byId.get(c.id()))).toList()))
                .toList();
        Map<String, OutletStance> reportingOutlets = outletStances(reporting);
        List<String> stances = reportingOutlets.values().stream().map(Corroboration::label).distinct().sorted().toList();
        Map<String, OutletStance> supporting = outletStances(reporting.stream().filter(r -> r.stance() != ClaimStance.DISPUTES).toList());
        return new Corroboration(reportingOutlets.size(), origins, stances,
                matrix.values().stream().map(MatrixBuilder::row).toList(), callout(supporting), crosses(supporting));
    }

    private static boolean crosses(Map<String, OutletStance> supporting) {
        return supporting.containsValue(OutletStance.FAVOURABLE) && supporting.containsValue(OutletStance.CRITICAL);
    }

    /** Says whether outlets of opposing stances carry the claim, or only one stance does, naming the outlets. */
    static String callout(Map<String, OutletStance> supporting) {
        if (supporting.isEmpty()) {
            return "No outlet in the corpus supports it: every report of it disputes it.";
        }
        Map<OutletStance, List<String>> byStance = new LinkedHashMap<>();
        supporting.forEach((outlet, stance) -> byStance.computeIfAbsent(stance == null ? OutletStance.UNKNOWN : stance,
                k -> new ArrayList<>()).add(outlet));
        Set<OutletStance> known = EnumSet.noneOf(OutletStance.class);
        known.addAll(byStance.keySet());
        known.remove(OutletStance.UNKNOWN);
        String unknown = byStance.containsKey(OutletStance.UNKNOWN)
                ? " The stance of " + String.join(", ", byStance.get(OutletStance.UNKNOWN)) + " is not known." : "";
        if (known.contains(OutletStance.FAVOURABLE) && known.contains(OutletStance.CRITICAL)) {
            return "Support crosses opposing stances: " + named(byStance, OutletStance.FAVOURABLE) + " and "
                    + named(byStance, OutletStance.CRITICAL) + "." + unknown;
        }
        if (known.isEmpty()) {
            return "No supporting outlet has a known stance, so it cannot be said whether support crosses stances." + unknown;
        }
        if (known.size() == 1) {
            OutletStance only = known.iterator().next();
            return "Support comes from one stance only: " + named(byStance, only) + "." + unknown;
        }
        return "Support comes from " + known.stream().map(s -> named(byStance, s)).collect(Collectors.joining(" and "))
                + ", not from outlets of opposing stances." + unknown;
    }

    private static String named(Map<OutletStance, List<String>> byStance, OutletStance stance) {
        return label(stance) + " (" + String.join(", ", byStance.get(stance)) + ")";
    }

    private static Map<String, OutletStance> outletStances(Collection<ClaimRow> rows) {
        Map<String, OutletStance> out = new LinkedHashMap<>();
        for (ClaimRow r : rows) {
            out.putIfAbsent(outletName(r), r.outletStance() == null ? OutletStance.UNKNOWN : r.outletStance());
        }
        return out;
    }

    private static String outletName(ClaimRow r) {
        return r.outlet() == null ? UNKNOWN_OUTLET + " (article " + r.articleId() + ")" : r.outlet();
    }

    private static String label(OutletStance stance) {
        return (stance == null ? OutletStance.UNKNOWN : stance).name().toLowerCase(Locale.ROOT);
    }

    private static Appearance appearance(ClaimRow r) {
        return new Appearance(r.id(), outletName(r), r.outletStance(), r.stance());
    }

    private static ClaimCard card(ClaimRow r, Map<Long, String> repostOrigins) {
        return new ClaimCard(r.id(), r.articleId(), repostOrigins.getOrDefault(r.articleId(), r.outlet()), r.published(),
                r.text(), r.stance().name(),
                r.attributedTo(), r.via(), r.topics(), r.disputed(), r.kind() == null ? null : r.kind().name());
    }

    private static void matrix(Map<String, MatrixBuilder> matrix, ClaimRow row, ClaimStance column) {
        matrix.computeIfAbsent(outletName(row), name -> new MatrixBuilder(name, row)).add(row.id(), column);
    }

    private static final class MatrixBuilder {
        private final String outlet;
        private final ClaimRow first;
        private final Map<ClaimStance, Set<Long>> cells = new LinkedHashMap<>();

        MatrixBuilder(String outlet, ClaimRow first) {
            this.outlet = outlet;
            this.first = first;
        }

        void add(long claimId, ClaimStance column) {
            cells.computeIfAbsent(column, k -> new LinkedHashSet<>()).add(claimId);
        }

        MatrixRow row() {
            return new MatrixRow(outlet, first.outletStance() == null ? OutletStance.UNKNOWN : first.outletStance(),
                    first.outletStanceSuggested(), cell(ClaimStance.ASSERTS), cell(ClaimStance.REPORTS), cell(ClaimStance.DISPUTES));
        }

        private List<Long> cell(ClaimStance stance) {
            return List.copyOf(cells.getOrDefault(stance, Set.of()));
        }
    }
}
