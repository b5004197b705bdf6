package io.claimdesk.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Params;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A filter's day and an article's date are read the one way: a date, or a timestamp whose date is taken. */
class TypedDatesTest {

    @Test
    void aFilterDayAndAnArticlesDateReadTheSameForms() {
        LocalDate day = LocalDate.of(2024, 5, 29);
        for (String typed : new String[] {"2024-05-29", " 2024-05-29 ", "2024-05-29T08:15:00+02:00", "2024-05-29T23:59:00Z"}) {
            assertEquals(day, Params.parseDate("publishedFrom", typed), typed);
            assertEquals(day, MetadataFields.published(typed), typed);
        }
    }

    @Test
    void aDateInNeitherFormIsRefusedByBoth() {
        for (String typed : new String[] {"29/05/2024", "2024-13-01", "May 29, 2024", "2024-05-29T08:15"}) {
            assertThrows(Invalid.class, () -> Params.parseDate("publishedFrom", typed), typed);
            assertThrows(Invalid.class, () -> MetadataFields.published(typed), typed);
        }
    }
}
