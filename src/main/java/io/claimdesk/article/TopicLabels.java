package io.claimdesk.article;

import io.quarkus.qute.TemplateExtension;

/** Templates show a topic id as the desk's taxonomy labels it: {@code {t.topicLabel}}. */
@TemplateExtension
public class TopicLabels {

    /** {@code military_cooperation} → "Military cooperation". */
    static String topicLabel(String topicId) {
        return DeskTopics.label(topicId);
    }
}
