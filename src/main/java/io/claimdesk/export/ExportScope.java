package io.claimdesk.export;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an export covers, as its body states it: a claim set, or a filter of the claim list (its query string).
 * It holds nothing that changes between two exports of the same selection.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExportScope(Long setId, String setName, String setDescription, Boolean verifiedOnly, String filter) {

    public String title() {
        return setName != null ? setName : "Claims" + (filter == null || filter.isEmpty() ? "" : " matching " + filter);
    }

    /** A short name for the download file. */
    String fileStem() {
        return setId != null ? "claimdesk-set-" + setId : "claimdesk-claims";
    }
}
