package io.claimdesk.claim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The where clause a filter's fields write into ({@link ClaimField}): conditions joined by "and", values bound. */
final class ClaimConditions {

    /** With it, a search checks each claim's words instead of listing the claims of a word. */
    final boolean probeWords;
    private final List<String> conditions = new ArrayList<>();
    private final List<String> last = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    ClaimConditions(boolean probeWords) {
        this.probeWords = probeWords;
    }

    void add(String condition) {
        conditions.add(condition);
    }

    void add(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
    }

    /** A condition checked after all the others (see {@link ClaimField#Q}). */
    void addLast(String condition, Map<String, Object> values) {
        last.add(condition);
        params.putAll(values);
    }

    String clause() {
        List<String> all = new ArrayList<>(conditions);
        all.addAll(last);
        return all.isEmpty() ? "" : " where " + String.join(" and ", all);
    }

    Map<String, Object> params() {
        return params;
    }
}
