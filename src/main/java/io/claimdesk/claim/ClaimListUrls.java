package io.claimdesk.claim;

import io.claimdesk.web.Urls;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The claim list's URLs for a filter: its fields as {@link ClaimFilter#params()} writes them, then order and paging. */
public final class ClaimListUrls {

    private ClaimListUrls() {
    }

    /** The claim list showing this filter; defaults (first page, newest first, default size) are left out. */
    public static String list(ClaimFilter f, int defaultSize) {
        Map<String, String> params = f.params();
        if (f.sort() != ClaimSort.NEWEST) {
            params.put("sort", f.sort().param);
        }
        if (f.page() > 1) {
            params.put("page", String.valueOf(f.page()));
        }
        if (f.size() != defaultSize) {
            params.put("size", String.valueOf(f.size()));
        }
        if (f.after() != null) {
            params.put("after", f.after().param());
        }
        return params.isEmpty() ? "/" : "/?" + query(params);
    }

    /** The export of everything the filter matches, in a format. */
    public static String export(ClaimFilter f, String format) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("format", format);
        params.putAll(f.params());
        return Urls.API + Urls.CLAIMS + Urls.EXPORT + "?" + query(params);
    }

    /** The filter's narrowing parameters as a query string ({@code topic=…&disputed=true}), "" for none. */
    public static String filterQuery(ClaimFilter f) {
        return query(f.params());
    }

    private static String query(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
