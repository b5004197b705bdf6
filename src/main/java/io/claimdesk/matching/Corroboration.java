package io.claimdesk.matching;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.claimdesk.article.OutletStance;
import io.claimdesk.claim.ClaimRow;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.web.DeskMessages;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
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
 * @param support  the outlets that carry it without disputing it, by stance: what the callout says
 */
public record Corroboration(int outlets, List<OriginGroup> origins, List<String> stances, List<MatrixRow> matrix,
                            @JsonIgnore Support support, boolean crossesStances) {

    /**
     * The outlets carrying the claim without disputing it.
     *
     * @param byKnownStance outlets of a known stance, by stance, in the order first seen
     * @param unknownStance outlets whose stance is not known
     */
    public record Support(Map<OutletStance, List<String>> byKnownStance, List<String> unknownStance) {
        boolean none() {
            return byKnownStance.isEmpty() && unknownStance.isEmpty();
        }
    }

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

    /** The API's summary, in English. */
    @JsonProperty("summary")
    public String summary() {
        return summary(MessageBundles.get(DeskMessages.class));
    }

    /** The API's callout, in English. */
    @JsonProperty("callout")
    public String callout() {
        return callout(MessageBundles.get(DeskMessages.class));
    }

    /** How many outlets and independent origins carry the claim, across which stances, in the words given. */
    public String summary(DeskMessages words) {
        String across = stances.stream().map(s -> stanceWord(words, OutletStance.valueOf(s.toUpperCase(Locale.ROOT))))
                .collect(Collectors.joining(", ", "{", "}"));
        return words.corroboration_summary(outlets, origins.size(), across);
    }

    /** Says whether outlets of opposing stances carry the claim, or only one stance does, naming the outlets. */
    public String callout(DeskMessages words) {
        if (support.none()) {
            return words.corroboration_noSupport();
        }
        Map<OutletStance, List<String>> known = support.byKnownStance();
        String unknown = support.unknownStance().isEmpty() ? ""
                : " " + words.corroboration_unknownStance(String.join(", ", support.unknownStance()));
        if (known.containsKey(OutletStance.FAVOURABLE) && known.containsKey(OutletStance.CRITICAL)) {
            return words.corroboration_crosses(named(words, OutletStance.FAVOURABLE), named(words, OutletStance.CRITICAL))
                    + unknown;
        }
        if (known.isEmpty()) {
            return words.corroboration_noKnownStance() + unknown;
        }
        if (known.size() == 1) {
            return words.corroboration_oneStance(named(words, known.keySet().iterator().next())) + unknown;
        }
        return words.corroboration_notOpposing(known.keySet().stream().map(s -> named(words, s))
                .collect(Collectors.joining(" " + words.corroboration_and() + " "))) + unknown;
    }

    private String named(DeskMessages words, OutletStance stance) {
        return stanceWord(words, stance) + " (" + String.join(", ", support.byKnownStance().get(stance)) + ")";
    }

    /** A stance as the page's language writes it in running text: favourable, favorable. */
    private static String stanceWord(DeskMessages words, OutletStance stance) {
        String key = "OutletStance." + stance.name();
        String translated = words.enum_label(key);
        // English (and a language lacking the constant) answers with the key itself or nothing: the constant's name
        return (translated.isBlank() || translated.equals(key) ? stance.name() : translated).toLowerCase(Locale.ROOT);
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
                matrix.values().stream().map(MatrixBuilder::row).toList(), support(supporting), crosses(supporting));
    }

    private static boolean crosses(Map<String, OutletStance> supporting) {
        return supporting.containsValue(OutletStance.FAVOURABLE) && supporting.containsValue(OutletStance.CRITICAL);
    }

    private static Support support(Map<String, OutletStance> supporting) {
        Map<OutletStance, List<String>> known = new EnumMap<>(OutletStance.class);
        List<String> unknown = new ArrayList<>();
        supporting.forEach((outlet, stance) -> {
            if (stance == null || stance == OutletStance.UNKNOWN) {
                unknown.add(outlet);
            } else {
                known.computeIfAbsent(stance, k -> new ArrayList<>()).add(outlet);
            }
        });
        return new Support(known, unknown);
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
