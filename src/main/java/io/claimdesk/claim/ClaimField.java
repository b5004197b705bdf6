package io.claimdesk.claim;

import io.claimdesk.article.DeskTopics;
import io.claimdesk.article.MetadataFields;
import io.claimdesk.article.OutletStance;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Params;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One filter of the claim list, declared once: its parameter name (in the URL and in a set's JSON filter), how its text
 * is read and what a bad value is told, where it shows on the list page, and the condition it adds to the query.
 * {@link ClaimFilter}, {@link ClaimFilterParams}, {@link ClaimListUrls}, {@link ClaimQuery} and the list page loop over
 * {@link #all()}, so a new filter is one constant here (and its test). The constants' order is the order of the
 * parameters in the list's URLs and of the conditions in its SQL.
 */
public final class ClaimField<T> {

    /** Where a filter's value comes from and how the list page shows it. */
    public enum Use {
        /** A request parameter with its own control in the list's filter form (ClaimPages/top.html). */
        FORM,
        /** A request parameter the form has no control for: carried as a hidden field and shown as a removable chip. */
        CHIP,
        /** Set by the app only (a review queue, a claim set), never read from a request. */
        INTERNAL
    }

    // Declared before the constants, which add themselves to it as they are made.
    private static final List<ClaimField<?>> ALL = new ArrayList<>();

    public static final ClaimField<Long> ARTICLE = declare("article", "Article", Use.CHIP, Params::parseId,
            equal("c.article.id"));
    public static final ClaimField<ClaimStatus> STATUS = declare("status", "Status", Use.FORM,
            oneOf(ClaimStatus.class), equal("c.status"));
    public static final ClaimField<String> TOPIC = declare("topic", "Topic", Use.FORM, ClaimField::topic,
            (where, name, topic) -> where.add(":topic member of c.topics", name, topic));
    public static final ClaimField<String> OUTLET = declare("outlet", "Outlet", Use.FORM, ClaimField::text,
            // A subquery rather than the outlet join: counting then reads the claim table (and its outlet index) alone.
            (where, name, outlet) -> where.add("c.outlet.id in (select o2.id from Outlet o2 where lower(o2.name) = :outlet)",
                    name, outlet.toLowerCase(Locale.ROOT)));
    public static final ClaimField<ClaimStance> STANCE = declare("stance", "Claim stance", Use.FORM,
            oneOf(ClaimStance.class), equal("c.stance"));
    public static final ClaimField<Boolean> DISPUTED = declare("disputed", "Disputed", Use.FORM, Params::parseBoolean,
            equal("c.disputed"));
    public static final ClaimField<ClaimKind> KIND = declare("kind", "Kind", Use.FORM, oneOf(ClaimKind.class),
            equal("c.kind"));
    public static final ClaimField<Boolean> CHECKABLE = declare("checkable", "Checkable", Use.FORM,
            Params::parseBoolean, equal("c.checkable"));
    public static final ClaimField<String> ATTRIBUTED_TO = declare("attributedTo", "Attributed to", Use.FORM,
            ClaimField::text, equal("c.attributedTo"));
    public static final ClaimField<String> Q = declare("q", "Search", Use.FORM, ClaimField::text, ClaimField::search);
    public static final ClaimField<Boolean> REVIEWERS_DISAGREE = declare("reviewersDisagree", "Reviewers disagree",
            Use.CHIP, Params::parseBoolean, equal("c.reviewersDisagree"));
    public static final ClaimField<Boolean> ORPHANED = declare("orphaned", "Orphaned", Use.CHIP, Params::parseBoolean,
            equal("c.orphaned"));
    public static final ClaimField<OutletStance> OUTLET_STANCE = declare("outletStance", "Outlet stance", Use.FORM,
            oneOf(OutletStance.class), (where, name, stance) -> {
                String ofStance = "c.outlet.id in (select o3.id from Outlet o3 where o3.stance = :outletStance)";
                // A claim with no outlet has an outlet of unknown stance.
                where.add(stance == OutletStance.UNKNOWN ? "(" + ofStance + " or c.outlet is null)" : ofStance, name, stance);
            });
    /** First published day taken (inclusive); claims with no date never match a date range. */
    public static final ClaimField<LocalDate> PUBLISHED_FROM = declare("publishedFrom", "Published from", Use.FORM,
            Params::parseDate, (where, name, day) -> where.add("c.published >= :publishedFrom", name, day));
    public static final ClaimField<LocalDate> PUBLISHED_TO = declare("publishedTo", "Published to", Use.FORM,
            Params::parseDate, (where, name, day) -> where.add("c.published <= :publishedTo", name, day));
    /** True: only claims whose article has no published date; false: only dated ones. */
    public static final ClaimField<Boolean> UNDATED = declare("undated", "Undated", Use.FORM, Params::parseBoolean,
            (where, name, undated) -> where.add(undated ? "c.published is null" : "c.published is not null"));
    /** True: only claims that name who made them; false: only those that name no one (unsourced, to be checked first). */
    public static final ClaimField<Boolean> ATTRIBUTED = declare("attributed", "Attributed", Use.CHIP,
            Params::parseBoolean,
            (where, name, named) -> where.add(named ? "c.attributedTo is not null" : "c.attributedTo is null"));
    /** The article's language ("es"), as articles and claims store it; "und" finds those nobody could tell. */
    public static final ClaimField<String> LANGUAGE = declare("language", "Language", Use.FORM,
            (name, text) -> MetadataFields.language(text), equal("c.language"));
    /** The claims this account has a current verdict on: the "reviewed by me" queue. */
    public static final ClaimField<Long> REVIEWED_BY = declare("reviewedBy", "Reviewed by", Use.INTERNAL, null,
            (where, name, account) -> where.add("exists (select 1 from Verdict v where v.claim = c"
                    + " and v.reviewer.id = :reviewedBy and v.current = true)", name, account));
    /** The members of this claim set. */
    public static final ClaimField<Long> IN_SET = declare("inSet", "In set", Use.INTERNAL, null,
            (where, name, set) -> where.add("exists (select 1 from ClaimSetItem i where i.id.setId = :inSet"
                    + " and i.id.claimId = c.id)", name, set));

    /** How a parameter's text becomes a value, null when blank; a bad text is an {@link Invalid}. */
    @FunctionalInterface
    interface Parser<T> {
        T parse(String name, String text);
    }

    /** What a value adds to the query's where clause: fixed JPQL fragments, the value bound as a parameter. */
    @FunctionalInterface
    interface Condition<T> {
        void addTo(ClaimConditions where, String name, T value);
    }

    /** The parameter's name in the URL, in a set's JSON filter and as the query's bound parameter. */
    public final String name;
    /** What a reader calls the filter (a chip's label). */
    public final String label;
    public final Use use;
    private final Parser<T> parser;
    private final Condition<T> condition;

    private ClaimField(String name, String label, Use use, Parser<T> parser, Condition<T> condition) {
        this.name = name;
        this.label = label;
        this.use = use;
        this.parser = parser;
        this.condition = condition;
    }

    private static <T> ClaimField<T> declare(String name, String label, Use use, Parser<T> parser,
                                             Condition<T> condition) {
        ClaimField<T> field = new ClaimField<>(name, label, use, parser, condition);
        ALL.add(field);
        return field;
    }

    /** Every filter, in URL and query order. */
    public static List<ClaimField<?>> all() {
        return Collections.unmodifiableList(ALL);
    }

    /** The filter a request may name this way, null when there is none (internal filters are never named). */
    static ClaimField<?> requested(String name) {
        return ALL.stream().filter(f -> f.use != Use.INTERNAL && f.name.equals(name)).findFirst().orElse(null);
    }

    /** The filter narrowed by this field's value as a request gave it (blank: the field left as it was). */
    ClaimFilter parseInto(ClaimFilter filter, String text) {
        T value = parser.parse(name, text);
        return value == null ? filter : filter.with(this, value);
    }

    /** The field's value in the filter as the URL writes it, null when unset. */
    public String param(ClaimFilter filter) {
        T value = filter.get(this);
        return value == null ? null : value.toString();
    }

    void addTo(ClaimConditions where, ClaimFilter filter) {
        T value = filter.get(this);
        if (value != null) {
            condition.addTo(where, name, value);
        }
    }

    @Override
    public String toString() {
        return name;
    }

    private static <T> Condition<T> equal(String path) {
        return (where, name, value) -> where.add(path + " = :" + name, name, value);
    }

    private static <E extends Enum<E>> Parser<E> oneOf(Class<E> type) {
        return (name, text) -> Params.parseEnum(name, text, type);
    }

    private static String text(String name, String text) {
        return Params.blankToNull(text);
    }

    private static String topic(String name, String text) {
        String v = Params.blankToNull(text);
        if (v != null && !DeskTopics.contains(v)) {
            throw new Invalid(name, name + " must be one of " + DeskTopics.ids() + ", not '" + v + "'");
        }
        return v;
    }

    /**
     * The word index narrows to the claims holding the search's longest words; the phrase is then checked on those
     * claims only (a one-word search is the word index's answer already). These checks go after every other
     * condition: probing each row's words is the dearest test, so the column tests come first.
     */
    private static void search(ClaimConditions where, String name, String q) {
        List<SearchWords.Searched> words = SearchWords.narrowing(q);
        for (int i = 0; i < words.size(); i++) {
            SearchWords.Searched word = words.get(i);
            where.addLast(where.probeWords ? word.heldBy("c.id", "word" + i) : word.listedFor("c.id", "word" + i),
                    word.params("word" + i));
        }
        if (!SearchWords.isOneWord(q)) {
            // Stems find Spanish and Portuguese words whatever their endings, so the typed phrase can only be held to
            // in the languages searched by whole words.
            where.addLast("(c.language in ('es', 'pt') or lower(c.text) like :" + name + " escape '\\')",
                    Map.of(name, "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%"));
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
