package io.claimdesk.claim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a reader asked the claim list for: a value for some of the {@link ClaimField}s (an unset field does not filter),
 * the order and the page. Pages are numbered from 1; {@code after}, when set, is where page {@code page} starts (keyset
 * paging: a Next link's position), instead of skipping rows. Built from request parameters by
 * {@link ClaimFilterParams}, so pages and the API filter alike; the app's own filters (queues, sets) start from
 * {@link #unfiltered} and add fields {@link #with} them.
 */
public record ClaimFilter(Map<ClaimField<?>, Object> values, ClaimSort sort, int page, int size, ClaimCursor after) {

    public ClaimFilter {
        values = Map.copyOf(values);
    }

    /** Every claim, in this order and page. */
    public static ClaimFilter unfiltered(ClaimSort sort, int page, int size) {
        return new ClaimFilter(Map.of(), sort, page, size, null);
    }

    /** The field's value, null when the filter leaves it open. */
    @SuppressWarnings("unchecked") // with() only puts a field's own type in
    public <T> T get(ClaimField<T> field) {
        return (T) values.get(field);
    }

    /** This filter with the field set to the value (null: left open); order and page are kept. */
    public <T> ClaimFilter with(ClaimField<T> field, T value) {
        Map<ClaimField<?>, Object> changed = new HashMap<>(values);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return new ClaimFilter(changed, sort, page, size, after);
    }

    public ClaimFilter withPage(int newPage) {
        return new ClaimFilter(values, sort, newPage, size, null);
    }

    /** The page after this one, starting just after its last row. */
    public ClaimFilter next(ClaimCursor lastRow) {
        return new ClaimFilter(values, sort, page + 1, size, lastRow);
    }

    public ClaimFilter withSort(ClaimSort newSort) {
        return new ClaimFilter(values, newSort, 1, size, null);
    }

    /** This filter narrowed to the members of a claim set, only corroborated ones for a verified set. */
    public ClaimFilter inSet(long setId, boolean verifiedOnly) {
        ClaimFilter members = with(ClaimField.IN_SET, setId);
        return verifiedOnly ? members.with(ClaimField.STATUS, ClaimStatus.CORROBORATED) : members;
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** Whether the filter is a search for one word and nothing else, which the word index counts by itself. */
    boolean onlySearchesOneWord() {
        String q = get(ClaimField.Q);
        return q != null && SearchWords.isOneWord(q) && values.size() == 1;
    }

    public boolean narrows() {
        return !values.isEmpty();
    }

    /** The fields a request can set, as the list's query parameters name and write them, in declaration order. */
    public Map<String, String> params() {
        Map<String, String> params = new LinkedHashMap<>();
        for (ClaimField<?> field : ClaimField.all()) {
            String value = field.param(this);
            if (value != null && field.use != ClaimField.Use.INTERNAL) {
                params.put(field.name, value);
            }
        }
        return params;
    }
}
