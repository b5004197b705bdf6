package io.claimdesk.article;

import io.claimdesk.extraction.ClaimExtractor;
import io.claimdesk.extraction.Language;
import io.claimdesk.extraction.LanguagePack;
import io.claimdesk.extraction.Taxonomy;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The extractor and metadata reader for an article's language, each built once on first use (an extractor loads its
 * pack's models). A language whose pack is not on the classpath, and an undetermined one, is read with the English
 * rules: most undetermined texts here are short or mixed with English furniture, and English rules at least find
 * figures and dates where a text's own rules are missing. A pack added later is taken up without a code change.
 */
public final class Extractors {

    private static final Logger LOG = Logger.getLogger(Extractors.class);

    private final Taxonomy taxonomy;
    private final Map<String, ClaimExtractor> extractors = new ConcurrentHashMap<>();
    private final Map<String, MetadataInference> readers = new ConcurrentHashMap<>();
    /** Each language's pack code, looked up once, so a missing pack is warned about once. */
    private final Map<Language, String> packs = new ConcurrentHashMap<>();

    public Extractors(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The extractor whose rules read this language ("es"); English for "und" and a language without a pack. */
    public ClaimExtractor forLanguage(String language) {
        return extractors.computeIfAbsent(packFor(language), code -> new ClaimExtractor(LanguagePack.of(code), taxonomy));
    }

    /** The metadata reader of this language, with the same fallback as {@link #forLanguage}. */
    public MetadataInference metadataFor(String language) {
        return readers.computeIfAbsent(packFor(language), MetadataInference::new);
    }

    /** The code of the pack that reads this language: its own when it is on the classpath, else English. */
    String packFor(String language) {
        return packs.computeIfAbsent(Language.stored(language), Extractors::packOf);
    }

    private static String packOf(Language read) {
        if (read == Language.UND || read == Language.EN) {
            return Language.EN.code();
        }
        if (Extractors.class.getResource("/extraction/lang/" + read.code() + ".json") == null) {
            LOG.warnf("No language pack for '%s' on the classpath: its articles are read with the English rules",
                    read.code());
            return Language.EN.code();
        }
        return read.code();
    }
}
