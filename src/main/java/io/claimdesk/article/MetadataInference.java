package io.claimdesk.article;

import io.claimdesk.extraction.LanguagePack;
import io.claimdesk.extraction.MetadataReader;
import java.util.List;
import java.util.Map;

/**
 * Title, author, publication date and outlet as the article's own page states them ({@link MetadataReader}), each
 * with the exact words it was read from. Nothing is guessed: a value the text does not state, or states in two
 * ways that disagree, stays null, and the candidates go with it for an editor to pick.
 */
public final class MetadataInference {

    private final MetadataReader reader;

    /** Reads an English page. */
    public MetadataInference() {
        this("en");
    }

    /** Reads a page in the language of a pack ("es"). */
    public MetadataInference(String language) {
        reader = new MetadataReader(LanguagePack.of(language));
    }

    public InferredMetadata infer(String text) {
        return infer(text, null, Map.of());
    }

    /** @param url the address the editor gave with the text, or null */
    public InferredMetadata infer(String text, String url) {
        return infer(text, url, Map.of());
    }

    /**
     * @param url          the address the editor gave with the text, or null
     * @param knownDomains the desk's outlets by web domain, for an address the text itself does not explain
     */
    public InferredMetadata infer(String text, String url, Map<String, String> knownDomains) {
        MetadataReader.Metadata m = reader.read(text, url, knownDomains);
        return new InferredMetadata(inferred(text, m.title()), inferred(text, m.author()), inferred(text, m.published()),
                inferred(text, m.outlet()), all(text, m.authorCandidates()), all(text, m.publishedCandidates()),
                all(text, m.outletCandidates()));
    }

    private static <T> List<Inferred<T>> all(String text, List<MetadataReader.Found<T>> found) {
        return found.stream().map(f -> inferred(text, f)).toList();
    }

    /** Evidence is the exact text between the offsets, converted from UTF-16 to code points; outside the text, the place. */
    private static <T> Inferred<T> inferred(String text, MetadataReader.Found<T> found) {
        if (found == null) {
            return null;
        }
        if (found.start() < 0) {
            return Inferred.outsideText(found.value(), found.source());
        }
        int startCp = text.codePointCount(0, found.start());
        int endCp = startCp + text.codePointCount(found.start(), found.end());
        return new Inferred<>(found.value(), text.substring(found.start(), found.end()), startCp, endCp);
    }
}
