package io.claimdesk;

import io.claimdesk.article.OutletStance;
import io.claimdesk.claim.ClaimStatus;
import io.claimdesk.extraction.ClaimKind;
import io.claimdesk.extraction.ClaimStance;
import io.claimdesk.history.HistoryAction;
import io.claimdesk.matching.RelationState;
import io.claimdesk.matching.RelationType;
import io.claimdesk.review.AttributionJudgement;
import io.claimdesk.review.VerdictValue;
import io.claimdesk.web.DeskMessages;
import io.claimdesk.web.InterfaceLanguage;
import io.claimdesk.web.WorkMessages;
import io.quarkus.qute.i18n.Message;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every language the desk offers says every message: no page falls back to English half-way. */
class InterfaceMessagesTest {

    private static final Map<String, Class<?>> BUNDLES = Map.of("msg", DeskMessages.class, "work", WorkMessages.class);

    /** The enums whose constants pages show through the {@code label} template extension. */
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(ClaimStatus.class, ClaimStance.class,
            ClaimKind.class, OutletStance.class, VerdictValue.class, AttributionJudgement.class, HistoryAction.class,
            RelationType.class, RelationState.class);

    @Test
    void everyMessageOfEveryBundleHasATextInEveryOtherLanguageAndNoFileHoldsAStrayKey() {
        for (InterfaceLanguage language : InterfaceLanguage.values()) {
            if (language == InterfaceLanguage.ENGLISH) {
                continue;
            }
            BUNDLES.forEach((name, bundle) -> {
                Properties texts = file(name, language);
                Set<String> keys = keys(bundle);
                Set<String> missing = new TreeSet<>(keys);
                missing.removeAll(texts.stringPropertyNames());
                assertEquals(Set.of(), missing, name + "_" + language.code + ".properties lacks these messages");
                Set<String> stray = new TreeSet<>(texts.stringPropertyNames());
                stray.removeAll(keys);
                assertEquals(Set.of(), stray, name + "_" + language.code + ".properties has keys no message has");
                List<String> blank = keys.stream().filter(k -> texts.getProperty(k).isBlank()).toList();
                assertEquals(List.of(), blank, "blank texts in " + name + "_" + language.code);
            });
        }
    }

    @Test
    void theSpanishFilesAreTranslatedNotCopied() {
        List<String> copied = new ArrayList<>();
        BUNDLES.forEach((name, bundle) -> {
            Properties spanish = file(name, InterfaceLanguage.SPANISH);
            for (Method m : bundle.getMethods()) {
                String english = m.getAnnotation(Message.class).value();
                if (english.equals(spanish.getProperty(m.getName())) && english.matches(".*[a-z]{4,}.*")
                        && !english.matches("\\{\\w+}")) {
                    copied.add(name + ":" + m.getName());
                }
            }
        });
        assertEquals(List.of(), copied, "these Spanish texts are the English ones");
    }

    @Test
    void everyConstantAPageShowsHasASpanishLabel() {
        String cases = file("msg", InterfaceLanguage.SPANISH).getProperty("enum_label");
        List<String> missing = LABELLED.stream()
                .flatMap(type -> Arrays.stream(type.getEnumConstants()).map(c -> type.getSimpleName() + "." + c.name()))
                .filter(key -> !cases.contains("{#case '" + key + "'}"))
                .toList();
        assertEquals(List.of(), missing, "enum_label in msg_es.properties");
    }

    private static Set<String> keys(Class<?> bundle) {
        return Stream.of(bundle.getMethods()).map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties file(String bundle, InterfaceLanguage language) {
        String path = "/messages/" + bundle + "_" + language.code + ".properties";
        try (InputStream in = InterfaceMessagesTest.class.getResourceAsStream(path)) {
            assertNotNull(in, path);
            Properties texts = new Properties();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            assertTrue(texts.size() > 0, path);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
