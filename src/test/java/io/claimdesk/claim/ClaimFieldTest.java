package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Invalid;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The filters declared in {@link ClaimField} are read, written and kept apart from the app's own filters alike. */
@QuarkusTest
class ClaimFieldTest {

    /** A value for every filter a request may name, as the list's URL writes it; a new filter adds its own here. */
    static final Map<String, String> EVERY_FILTER = new LinkedHashMap<>();

    static {
        EVERY_FILTER.put("article", "7");
        EVERY_FILTER.put("status", "CONTESTED");
        EVERY_FILTER.put("topic", "military_cooperation");
        EVERY_FILTER.put("outlet", "El Diario");
        EVERY_FILTER.put("stance", "DISPUTES");
        EVERY_FILTER.put("disputed", "true");
        EVERY_FILTER.put("kind", "DENIAL");
        EVERY_FILTER.put("checkable", "false");
        EVERY_FILTER.put("attributedTo", "Ned Price");
        EVERY_FILTER.put("q", "40 passports");
        EVERY_FILTER.put("reviewersDisagree", "true");
        EVERY_FILTER.put("orphaned", "false");
        EVERY_FILTER.put("outletStance", "CRITICAL");
        EVERY_FILTER.put("publishedFrom", "2019-04-01");
        EVERY_FILTER.put("publishedTo", "2019-04-30");
        EVERY_FILTER.put("undated", "false");
        EVERY_FILTER.put("attributed", "true");
        EVERY_FILTER.put("language", "es");
    }

    @Inject
    ClaimdeskConfig config;

    @Test
    void everyFilterARequestMayNameIsReadAndWrittenBackUnderItsNameInTheSameOrder() {
        assertEquals(ClaimField.all().stream().filter(f -> f.use != ClaimField.Use.INTERNAL).map(f -> f.name).toList(),
                List.copyOf(EVERY_FILTER.keySet()));
        ClaimFilter filter = ClaimFilterParams.of(EVERY_FILTER).toFilter(config);
        assertEquals(EVERY_FILTER, filter.params());
        assertEquals(filter, ClaimFilterParams.ofQuery(asQuery(EVERY_FILTER)).toFilter(config),
                "the JSON form and the URL form make the same filter (the list cache's key)");
        assertEquals("/?article=7&status=CONTESTED&topic=military_cooperation&outlet=El+Diario&stance=DISPUTES"
                        + "&disputed=true&kind=DENIAL&checkable=false&attributedTo=Ned+Price&q=40+passports"
                        + "&reviewersDisagree=true&orphaned=false&outletStance=CRITICAL&publishedFrom=2019-04-01"
                        + "&publishedTo=2019-04-30&undated=false&attributed=true&language=es&sort=oldest&page=3",
                ClaimListUrls.list(filter.withSort(ClaimSort.OLDEST).withPage(3), config.pageSize()));
    }

    @Test
    void theAppsOwnFiltersAreNeverTakenFromARequest() {
        for (String internal : List.of("inSet", "reviewedBy")) {
            Invalid refused = assertThrows(Invalid.class,
                    () -> ClaimFilterParams.of(Map.of(internal, "1")));
            assertEquals("filter has no field '" + internal + "'", refused.getMessage());
            ClaimFilter asked = ClaimFilterParams.ofQuery(Map.of(internal, List.of("1"))).toFilter(config);
            assertFalse(asked.narrows(), internal + " in a URL is no filter");
        }
        ClaimFilter members = ClaimFilter.unfiltered(ClaimSort.QUEUE, 1, 10).inSet(42, true);
        assertEquals(Map.of("status", "CORROBORATED"), members.params(), "a set's id never goes into a URL");
        assertEquals(42L, members.get(ClaimField.IN_SET));
    }

    private static Map<String, List<String>> asQuery(Map<String, String> values) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        values.forEach((name, value) -> query.put(name, List.of(value, "ignored second value")));
        query.put("queue", List.of("mine"));
        return query;
    }
}
