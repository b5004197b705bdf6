package io.claimdesk.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A link without what sharing added to it: campaign and click identifiers ({@code utm_*}, {@code fbclid},
 * {@code gclid} …) and the fragment, which never change the page a site serves. A story shared twice is then known
 * as the one article it is. Everything else in the query stays, in its order: it may choose the story.
 */
final class TrackingParameters {

    private static final List<String> NAMES = List.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "mc_cid", "mc_eid", "igshid", "yclid");

    private TrackingParameters() {
    }

    static String dropped(String link) {
        if (link == null) {
            return null;
        }
        int hash = link.indexOf('#');
        String url = hash < 0 ? link : link.substring(0, hash);
        int question = url.indexOf('?');
        if (question < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        for (String pair : url.substring(question + 1).split("&")) {
            String name = pair.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!pair.isEmpty() && !name.startsWith("utm_") && !NAMES.contains(name)) {
                kept.add(pair);
            }
        }
        String path = url.substring(0, question);
        return kept.isEmpty() ? path : path + "?" + String.join("&", kept);
    }
}
