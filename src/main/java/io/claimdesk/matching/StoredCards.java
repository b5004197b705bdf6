package io.claimdesk.matching;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/** The Lucene document of a claim: its matching keys for search, and the whole card so an index on disk reopens. */
final class StoredCards {

    static final String KEYS = "keys";
    static final String ARTICLE = "article";
    static final String ID = "id";
    static final String ID_TERM = "idTerm";
    /** The keys that need no translation ({@link CrossFeatures}), searched for candidates in other languages. */
    static final String CROSS = "cross";
    static final String LANGUAGE = "language";

    /** Keys need frequencies and norms for BM25, not positions: no phrase is ever searched. */
    private static final FieldType KEYS_TYPE = keysType();

    private StoredCards() {
    }

    static Document document(ClaimCard c, Set<String> keys, CrossFeatures cross) {
        Document d = new Document();
        d.add(new StringField(ID_TERM, Long.toString(c.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(ID, c.id()));
        d.add(new StringField(ARTICLE, Long.toString(c.articleId()), Field.Store.NO));
        d.add(new Field(KEYS, String.join(" ", keys), KEYS_TYPE));
        d.add(new Field(CROSS, String.join(" ", cross.keys().keySet()), KEYS_TYPE));
        d.add(new StringField(LANGUAGE, cross.language(), Field.Store.NO));
        d.add(new StoredField("s.language", orEmpty(c.language())));
        d.add(new StoredField("s.id", c.id()));
        d.add(new StoredField("s.article", c.articleId()));
        d.add(new StoredField("s.text", c.text()));
        d.add(new StoredField("s.stance", orEmpty(c.stance())));
        d.add(new StoredField("s.outlet", orEmpty(c.outlet())));
        d.add(new StoredField("s.published", c.published() == null ? "" : c.published().toString()));
        d.add(new StoredField("s.attributedTo", orEmpty(c.attributedTo())));
        d.add(new StoredField("s.via", orEmpty(c.via())));
        d.add(new StoredField("s.topics", String.join("\n", c.topics())));
        d.add(new StoredField("s.disputed", c.disputed() ? 1 : 0));
        d.add(new StoredField("s.kind", orEmpty(c.kind())));
        return d;
    }

    static ClaimCard card(Document d) {
        String topics = d.get("s.topics");
        String published = d.get("s.published");
        return new ClaimCard(d.getField("s.id").numericValue().longValue(), d.getField("s.article").numericValue().longValue(),
                orNull(d.get("s.outlet")), published == null || published.isEmpty() ? null : LocalDate.parse(published),
                d.get("s.text"), orNull(d.get("s.stance")), orNull(d.get("s.attributedTo")), orNull(d.get("s.via")),
                topics == null || topics.isEmpty() ? List.of() : Arrays.asList(topics.split("\n")),
                d.getField("s.disputed").numericValue().intValue() == 1, orNull(d.get("s.kind")),
                orNull(d.get("s.language")));
    }

    private static FieldType keysType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        t.freeze();
        return t;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String orNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
