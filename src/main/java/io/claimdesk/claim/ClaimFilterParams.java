package io.claimdesk.claim;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.article.DeskTopics;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Params;
import org.jboss.resteasy.reactive.RestQuery;

import java.time.LocalDate;
import java.util.Map;


/** The list's query parameters as sent; {@link #toFilter} checks each and says what to fix. */
public class ClaimFilterParams {

    @RestQuery public String article;
    @RestQuery public String status;
    @RestQuery public String topic;
    @RestQuery public String outlet;
    @RestQuery public String stance;
    @RestQuery public String disputed;
    @RestQuery public String kind;
    @RestQuery public String checkable;
    @RestQuery public String attributedTo;
    @RestQuery public String q;
    @RestQuery public String reviewersDisagree;
    @RestQuery public String orphaned;
    @RestQuery public String outletStance;
    @RestQuery public String publishedFrom;
    @RestQuery public String publishedTo;
    @RestQuery public String undated;
    @RestQuery public String sort;
    @RestQuery public String page;
    @RestQuery public String size;
    @RestQuery public String after;

    /** The parameters given as a map (a JSON object of the list's query parameters); an unknown name is a 400. */
    public static ClaimFilterParams of(Map<String, String> values) {
        ClaimFilterParams p = new ClaimFilterParams();
        values.forEach((name, value) -> {
            switch (name) {
                case "article" -> p.article = value;
                case "status" -> p.status = value;
                case "topic" -> p.topic = value;
                case "outlet" -> p.outlet = value;
                case "stance" -> p.stance = value;
                case "disputed" -> p.disputed = value;
                case "kind" -> p.kind = value;
                case "checkable" -> p.checkable = value;
                case "attributedTo" -> p.attributedTo = value;
                case "q" -> p.q = value;
                case "reviewersDisagree" -> p.reviewersDisagree = value;
                case "orphaned" -> p.orphaned = value;
                case "outletStance" -> p.outletStance = value;
                case "publishedFrom" -> p.publishedFrom = value;
                case "publishedTo" -> p.publishedTo = value;
                case "undated" -> p.undated = value;
                case "sort", "page", "size", "after" -> { }
                default -> throw new Invalid("filter", "filter has no field '" + name + "'");
            }
        });
        return p;
    }

    public ClaimFilter toFilter(ClaimdeskConfig config) {
        LocalDate from = Params.parseDate("publishedFrom", publishedFrom);
        LocalDate to = Params.parseDate("publishedTo", publishedTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw new Invalid("publishedFrom", "publishedFrom (" + from + ") must not be after publishedTo (" + to + ")");
        }
        return new ClaimFilter(
                Params.parseId("article", article),
                Params.parseEnum("status", status, ClaimStatus.class),
                parseTopic(topic),
                Params.blankToNull(outlet),
                Params.parseEnum("stance", stance, ClaimStance.class),
                Params.parseBoolean("disputed", disputed),
                Params.parseEnum("kind", kind, ClaimKind.class),
                Params.parseBoolean("checkable", checkable),
                Params.blankToNull(attributedTo),
                Params.blankToNull(q),
                Params.parseBoolean("reviewersDisagree", reviewersDisagree),
                Params.parseBoolean("orphaned", orphaned),
                Params.parseEnum("outletStance", outletStance, OutletStance.class),
                from,
                to,
                Params.parseBoolean("undated", undated),
                null,
                null,
                parseSort(sort),
                Params.parseInt("page", page, 1, 1, Integer.MAX_VALUE / config.maxPageSize()),
                Params.parseInt("size", size, config.pageSize(), 1, config.maxPageSize()),
                ClaimCursor.parse(after));
    }

    private static String parseTopic(String value) {
        String v = Params.blankToNull(value);
        if (v != null && !DeskTopics.contains(v)) {
            throw new Invalid("topic", "topic must be one of " + DeskTopics.ids() + ", not '" + v + "'");
        }
        return v;
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
