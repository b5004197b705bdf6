package io.claimdesk.claim;

import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.extraction.Language;

import java.util.List;

/**
 * The top of the claim list: the heading, the filter form with its choices, the count and the sort links. The form's
 * controls read the filter by parameter name; the filters it has no control for are {@code chips}.
 */
public record ClaimListTop(ClaimFilter filter, long total, int totalPages, List<String> outlets, List<String> topics,
                           List<ClaimStatus> statuses, List<ClaimStance> stances, List<OutletStance> outletStances,
                           List<ClaimKind> kinds, List<Chip> chips,
                           List<ClaimListView.Link> sorts, String clearUrl) {

    /** A filter the form has no control for: sent again as a hidden field, shown with a link to the list without it. */
    public record Chip(String name, String label, String value, String removeUrl) {
    }

    /** The choices of the language filter. */
    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** The value of the filter parameter so named as the URL writes it, "" when unset. */
    public String value(String name) {
        String value = requested(name).param(filter);
        return value == null ? "" : value;
    }

    /** Whether a choice of the named filter is the one set (names, such as an outlet's, compared ignoring case). */
    public boolean selected(String name, Object choice) {
        return value(name).equalsIgnoreCase(String.valueOf(choice));
    }

    private static ClaimField<?> requested(String name) {
        ClaimField<?> field = ClaimField.requested(name);
        if (field == null) {
            throw new IllegalArgumentException("the claim list has no filter '" + name + "'");
        }
        return field;
    }
}
