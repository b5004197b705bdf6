package io.claimdesk.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.concurrent.ConcurrentHashMap;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Claims indexed by their matching keys (stems, name keys, concepts, years, amounts) so that candidates come
 * from a BM25 search rather than from comparing all pairs; the candidates are then aligned and typed by
 * {@link RelationScorer}. Thread-safe: searches run concurrently with each other and with {@link #add}.
 */
public final class ClaimIndex implements AutoCloseable {

    /**
     * The rarest keys of a claim (names, years, amounts, uncommon words) make the query: they are what pins
     * an event, and each common word added would make the search walk a long posting list for little.
     * Specific concept keys are always added: they are how "drones" finds "military cooperation".
     */
    private static final int QUERY_KEYS = 12;
    /**
     * Keys in more claims than this are left out of the query (they still count in scoring): a key's posting
     * list grows with the corpus, so without a cap each search would cost more as the corpus grows and
     * matching the whole corpus would grow faster than the corpus.
     */
    private static final int QUERY_MAX_DF = 1000;
    private static final int QUERY_MIN_KEYS = 3;
    /**
     * Concept keys ("drones" → military cooperation) join the query past the cap above, since they are how a
     * denial finds what it denies, but not past this one: a concept in more claims than this would make every
     * search walk a posting list as long as a share of the corpus, and matching would grow faster than it.
     */
    private static final int QUERY_MAX_CONCEPT_DF = 5000;
    private static final String ENGLISH = "en";

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /**
     * Features of recently indexed or matched claims (a few KB each), bounded so that the heap does not grow
     * with the corpus; a candidate not in it has its features rebuilt from the stored card.
     */
    private final Cache<Long, ClaimFeatures> features;
    /** Every indexed claim's id with its card's hash: whether a card is indexed as it is, at 16 bytes a claim. */
    private final Map<Long, Integer> indexed = new ConcurrentHashMap<>();
    private volatile Map<String, Double> idfCache = new ConcurrentHashMap<>();
    /** Idf of the keys that need no translation, counted over every claim's {@link StoredCards#CROSS} keys. */
    private volatile Map<String, Double> crossIdfCache = new ConcurrentHashMap<>();
    /** The names each article uses, to tell whether two articles tell one story. */
    private final Stories stories = new Stories();

    private ClaimIndex(Directory directory, long featureCache) {
        try {
            this.features = Caffeine.newBuilder().maximumSize(featureCache).build();
            this.directory = directory;
            IndexWriterConfig config = new IndexWriterConfig(new WhitespaceAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index whose claim features all stay in memory (tests, benchmarks of the engine alone). */
    public static ClaimIndex inMemory() {
        return inMemory(Long.MAX_VALUE);
    }

    /** @param featureCache claims whose features are kept in memory between matches */
    public static ClaimIndex inMemory(long featureCache) {
        return new ClaimIndex(new ByteBuffersDirectory(), featureCache);
    }

    public static ClaimIndex at(Path folder) {
        try {
            return new ClaimIndex(FSDirectory.open(folder), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the cards (by id) and commits, so the next match sees them. */
    public void add(Collection<ClaimCard> cards) {
        try {
            for (ClaimCard card : cards) {
                forget(card.id());
                ClaimFeatures f = ClaimFeatures.of(card);
                stories.add(card.articleId(), f.keys().keySet());
                writer.updateDocument(idTerm(card.id()), StoredCards.document(card, f.keys().keySet(), f.cross()));
                features.put(card.id(), f);
                indexed.put(card.id(), card.hashCode());
            }
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the index already holds this card as it is (so adding it again would only rewrite it). */
    public boolean holds(ClaimCard card) {
        Integer hash = indexed.get(card.id());
        return hash != null && hash == card.hashCode();
    }

    public void remove(long claimId) {
        remove(List.of(claimId));
    }

    /** Drops the claims (deleted from the database) and commits once. */
    public void remove(Collection<Long> claimIds) {
        try {
            claimIds.forEach(this::forget);
            writer.deleteDocuments(claimIds.stream().map(ClaimIndex::idTerm).toArray(Term[]::new));
            claimIds.forEach(id -> {
                features.invalidate(id);
                indexed.remove(id);
            });
            commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Relations from {@code card} to claims of other articles, strongest first: up to {@code maxCandidates}
     * BM25 candidates are scored, and only those above the relation thresholds are returned.
     */
    public List<Relation> match(ClaimCard card, int maxCandidates) {
        ClaimFeatures f = featuresOf(card);
        IndexSearcher searcher = acquire();
        try {
            Map<String, Double> idf = idfCache;
            Map<String, Double> crossIdf = crossIdfCache;
            ToDoubleFunction<String> crossWeight = k -> crossIdf.computeIfAbsent(k, key -> idf(searcher, StoredCards.CROSS, key));
            RelationScorer scorer = new RelationScorer(k -> idf.computeIfAbsent(k, key -> idf(searcher, StoredCards.KEYS, key)),
                    idf, stories, crossWeight);
            int n = Math.max(1, maxCandidates);
            Set<Integer> candidates = new LinkedHashSet<>();
            boolean english = ENGLISH.equals(f.language());
            int docs = searcher.getIndexReader().numDocs();
            if (english) {
                BooleanQuery.Builder q = new BooleanQuery.Builder();
                for (String k : rarest(f, scorer, idf(docs, QUERY_MAX_DF), idf(docs, QUERY_MAX_CONCEPT_DF))) {
                    q.add(new TermQuery(new Term(StoredCards.KEYS, k)), BooleanClause.Occur.SHOULD);
                }
                q.add(new TermQuery(new Term(StoredCards.LANGUAGE, ENGLISH)), BooleanClause.Occur.FILTER);
                candidates.addAll(top(searcher, q, card, n));
            }
            // claims in other languages (or, for a claim not in English, in any language) meet on the keys that need
            // no translation; an English claim's English candidates came from its words above, and an English corpus
            // needs no second search
            if (!english || searcher.getIndexReader().docFreq(new Term(StoredCards.LANGUAGE, ENGLISH)) < docs) {
                BooleanQuery.Builder cross = new BooleanQuery.Builder();
                crossKeys(f.cross(), crossWeight, idf(docs, QUERY_MAX_DF)).forEach(k ->
                        cross.add(new TermQuery(new Term(StoredCards.CROSS, k)), BooleanClause.Occur.SHOULD));
                if (english) {
                    cross.add(new TermQuery(new Term(StoredCards.LANGUAGE, ENGLISH)), BooleanClause.Occur.MUST_NOT);
                }
                candidates.addAll(top(searcher, cross, card, n));
            }
            List<Relation> out = new ArrayList<>();
            for (int doc : candidates) {
                ClaimFeatures other = candidate(searcher, doc);
                if (other != null && other.card().articleId() != card.articleId()) {
                    scorer.score(f, other).ifPresent(out::add);
                }
            }
            out.sort(Comparator.comparingDouble(Relation::score).reversed());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    /** The best n documents of another article than the card's. */
    private static List<Integer> top(IndexSearcher searcher, BooleanQuery.Builder q, ClaimCard card, int n) throws IOException {
        q.add(new TermQuery(new Term(StoredCards.ARTICLE, Long.toString(card.articleId()))), BooleanClause.Occur.MUST_NOT);
        List<Integer> docs = new ArrayList<>();
        // Counting hits only up to n lets BM25 skip documents that cannot reach the top n (block-max WAND).
        for (ScoreDoc hit : searcher.search(q.build(), new TopScoreDocCollectorManager(n, null, n)).scoreDocs) {
            docs.add(hit.doc);
        }
        return docs;
    }

    /**
     * The cross-language query: the claim's specific keys, rarest first, then the keys that only place it
     * (countries, years, generic concepts), which rank candidates but find too many to make the query alone; past
     * the first few, keys in more claims than the df cap are left out, as in the query on words.
     */
    private static List<String> crossKeys(CrossFeatures f, ToDoubleFunction<String> weight, double minWeight) {
        List<String> keys = new ArrayList<>(f.keys().keySet());
        keys.sort(Comparator.comparing((String k) -> f.weak(k)).thenComparingDouble(k -> -weight.applyAsDouble(k)));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size() && out.size() < QUERY_KEYS; i++) {
            if (i < QUERY_MIN_KEYS || weight.applyAsDouble(keys.get(i)) >= minWeight) {
                out.add(keys.get(i));
            }
        }
        return out;
    }

    /** How many claims the index holds. */
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query keys: the rarest under the df cap, at least a few whatever their df, and specific concepts under theirs. */
    private static List<String> rarest(ClaimFeatures f, RelationScorer scorer, double minWeight, double minConceptWeight) {
        double[] w = scorer.weightsOf(f);
        Integer[] order = new Integer[w.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> -w[i]));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < order.length; i++) {
            String key = f.keyOrder()[order[i]];
            boolean rare = i < QUERY_MIN_KEYS || (i < QUERY_KEYS && w[order[i]] >= minWeight);
            boolean concept = key.startsWith("c:") && !Lexicon.GENERIC_CONCEPTS.contains(key.substring(2))
                    && w[order[i]] >= minConceptWeight;
            if (rare || concept) {
                out.add(key);
            }
        }
        return out;
    }

    /** Takes an indexed claim's names out of its article's story before the claim is replaced or removed. */
    private void forget(long id) {
        if (!indexed.containsKey(id)) {
            return;
        }
        ClaimFeatures old = features.getIfPresent(id);
        if (old == null) {
            IndexSearcher searcher = acquire();
            try {
                TopDocs hits = searcher.search(new TermQuery(idTerm(id)), 1);
                if (hits.scoreDocs.length == 0) {
                    return;
                }
                old = ClaimFeatures.of(StoredCards.card(searcher.storedFields().document(hits.scoreDocs[0].doc)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                release(searcher);
            }
        }
        stories.remove(old.card().articleId(), old.keys().keySet());
    }

    private ClaimFeatures featuresOf(ClaimCard card) {
        ClaimFeatures known = features.getIfPresent(card.id());
        return known != null && known.card().equals(card) ? known : ClaimFeatures.of(card);
    }

    /** Features come from memory; after reopening an index on disk they are rebuilt from the stored card once. */
    private ClaimFeatures candidate(IndexSearcher searcher, int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        NumericDocValues ids = leaf.reader().getNumericDocValues(StoredCards.ID);
        if (ids == null || !ids.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        long id = ids.longValue();
        ClaimFeatures f = features.getIfPresent(id);
        if (f == null) {
            f = ClaimFeatures.of(StoredCards.card(searcher.storedFields().document(doc)));
            features.put(id, f);
        }
        return f;
    }

    /** BM25's idf, so the scorer weighs keys as the search does: ln(1 + (N − df + 0.5) / (df + 0.5)). */
    private static double idf(IndexSearcher searcher, String field, String key) {
        try {
            IndexReader r = searcher.getIndexReader();
            return idf(r.numDocs(), r.docFreq(new Term(field, key)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double idf(int docs, int df) {
        return Math.log(1 + (docs - df + 0.5) / (df + 0.5));
    }

    private void commit() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
        idfCache = new ConcurrentHashMap<>();
        crossIdfCache = new ConcurrentHashMap<>();
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Term idTerm(long id) {
        return new Term(StoredCards.ID_TERM, Long.toString(id));
    }
}
