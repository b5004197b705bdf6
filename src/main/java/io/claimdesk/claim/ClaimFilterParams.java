package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Params;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The list's parameters as sent, by name; {@link #toFilter} reads each through its {@link ClaimField} and says what to fix. */
public final class ClaimFilterParams {

    /** The order and paging parameters, which every form of the list takes besides the filters. */
    private static final Set<String> PAGING = Set.of("sort", "page", "size", "after");

    private final Map<String, String> values;

    private ClaimFilterParams(Map<String, String> values) {
        this.values = values;
    }

    /**
     * A list request's query parameters (the first value of each); names that are no filter, such as a review queue's,
     * are left alone.
     */
    public static ClaimFilterParams ofQuery(Map<String, List<String>> query) {
        Map<String, String> first = new HashMap<>();
        query.forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        return new ClaimFilterParams(first);
    }

    /**
     * The parameters given as a map (a JSON object of the list's query parameters): an unknown name is a 400; the
     * order and paging ones are taken and ignored, as a set holds every match.
     */
    public static ClaimFilterParams of(Map<String, String> values) {
        Map<String, String> filters = new HashMap<>();
        values.forEach((name, value) -> {
            if (ClaimField.requested(name) != null) {
                filters.put(name, value);
            } else if (!PAGING.contains(name)) {
                throw new Invalid("filter", "filter has no field '" + name + "'");
            }
        });
        return new ClaimFilterParams(filters);
    }

    public ClaimFilter toFilter(ClaimdeskConfig config) {
        ClaimFilter filter = ClaimFilter.unfiltered(ClaimSort.NEWEST, 1, 1);
        for (ClaimField<?> field : ClaimField.all()) {
            if (field.use != ClaimField.Use.INTERNAL) {
                filter = field.parseInto(filter, values.get(field.name));
            }
        }
        LocalDate from = filter.get(ClaimField.PUBLISHED_FROM);
        LocalDate to = filter.get(ClaimField.PUBLISHED_TO);
        if (from != null && to != null && from.isAfter(to)) {
            throw new Invalid("publishedFrom", "publishedFrom (" + from + ") must not be after publishedTo (" + to + ")");
        }
        return new ClaimFilter(filter.values(), parseSort(values.get("sort")),
                Params.parseInt("page", values.get("page"), 1, 1, Integer.MAX_VALUE / config.maxPageSize()),
                Params.parseInt("size", values.get("size"), config.pageSize(), 1, config.maxPageSize()),
                ClaimCursor.parse(values.get("after")));
    }

    private static ClaimSort parseSort(String value) {
        String v = Params.blankToNull(value);
        if (v == null) {
            return ClaimSort.NEWEST;
        }
        ClaimSort sort = ClaimSort.fromParam(v);
        if (sort == null) {
            throw new Invalid("sort", "sort must be one of " + ClaimSort.allowed() + ", not '" + v + "'");
        }
        return sort;
    }
}
