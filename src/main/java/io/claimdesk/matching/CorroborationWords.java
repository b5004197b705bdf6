package io.claimdesk.matching;

import io.claimdesk.web.InterfaceLanguage;
import io.quarkus.qute.TemplateExtension;

/**
 * A corroboration's sentences in the page's language, for templates ({@code {view.corroboration.summaryText}});
 * the API's JSON carries the English ones.
 */
@TemplateExtension
public final class CorroborationWords {

    private CorroborationWords() {
    }

    static String summaryText(Corroboration corroboration, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return corroboration.summary(language(locale).messages());
    }

    static String calloutText(Corroboration corroboration, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return corroboration.callout(language(locale).messages());
    }

    private static InterfaceLanguage language(Object locale) {
        return InterfaceLanguage.of(locale).orElse(InterfaceLanguage.ENGLISH);
    }
}
