package io.claimdesk.claim;


import io.claimdesk.failure.Invalid;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Where a keyset page starts: just after the claim with this date (null when unknown) and id in the list's order.
 * A page's "Next" link carries its last row as {@code after=2023-06-12~4711} (or {@code none~4711}), so page 2,000
 * costs what page 1 does instead of skipping 99,950 rows.
 */
public record ClaimCursor(LocalDate published, long id) {

    private static final String UNDATED = "none";

    static ClaimCursor of(ClaimRow row) {
        return new ClaimCursor(row.published(), row.id());
    }

    /** The cursor a Next link sent; null when there is none; a 400 saying the shape when it is not one. */
    static ClaimCursor parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        int tilde = value.indexOf('~');
        try {
            String date = value.substring(0, Math.max(tilde, 0));
            long id = Long.parseLong(value.substring(tilde + 1));
            return new ClaimCursor(date.equals(UNDATED) ? null : LocalDate.parse(date), id);
        } catch (IndexOutOfBoundsException | NumberFormatException | DateTimeParseException e) {
            throw new Invalid("after", "after must be a Next link's position such as 2023-06-12~4711"
                    + " or none~4711, not '" + value + "'");
        }
    }

    public String param() {
        return (published == null ? UNDATED : published.toString()) + "~" + id;
    }
}
