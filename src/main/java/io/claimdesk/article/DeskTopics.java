package io.claimdesk.article;

import io.claimdesk.extraction.Taxonomy;
import io.quarkus.arc.Arc;
import java.util.List;

/**
 * The desk's topics for the request parsers and templates that check or show a topic id outside a bean (the filter
 * and queue parsers are static, and so are template extensions): the configured {@link Taxonomy} bean.
 */
public final class DeskTopics {

    private DeskTopics() {
    }

    private static Taxonomy taxonomy() {
        var container = Arc.container();
        return container == null ? Taxonomy.defaults() : container.instance(Taxonomy.class).get();
    }

    public static List<String> ids() {
        return taxonomy().ids();
    }

    public static boolean contains(String id) {
        return taxonomy().contains(id);
    }

    public static String label(String id) {
        return taxonomy().label(id);
    }
}
