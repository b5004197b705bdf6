package io.claimdesk.claim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The stems text search finds Spanish and Portuguese words by: Lucene's Spanish and Portuguese analyzers (their stop
 * words and light stemmers), with accents folded between the two so that "anunció" and "anuncio", "delegações" and
 * "delegacoes" stem alike, whichever way a person types them. English claims keep whole words: a search finds them from
 * a word's start, which already finds "drones" by "drone".
 */
final class WordStems {

    /** The languages with stems, by code. */
    private static final Map<String, Analyzer> ANALYZERS = Map.of(
            "es", chain(SpanishAnalyzer.getDefaultStopSet(), SpanishLightStemFilter::new),
            "pt", chain(PortugueseAnalyzer.getDefaultStopSet(), PortugueseLightStemFilter::new));

    private WordStems() {
    }

    static boolean stems(String language) {
        return ANALYZERS.containsKey(language);
    }

    /** The stems of a text's words in a language with stems; none in another. */
    static Set<String> of(String text, String language) {
        Analyzer analyzer = ANALYZERS.get(language);
        return analyzer == null ? Set.of() : analyse(analyzer, text);
    }

    /** A searched word's stems in every language with stems: the search's language is not known. */
    static Set<String> ofSearchedWord(String word) {
        Set<String> stems = new LinkedHashSet<>();
        for (Analyzer analyzer : ANALYZERS.values()) {
            stems.addAll(analyse(analyzer, word));
        }
        return stems;
    }

    private static Set<String> analyse(Analyzer analyzer, String text) {
        Set<String> stems = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return stems;
    }

    /** The analyzer's own chain with the accents folded after its stop words (which are written with accents). */
    private static Analyzer chain(org.apache.lucene.analysis.CharArraySet stopWords,
                                  java.util.function.Function<TokenStream, TokenStream> stemmer) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(new LowerCaseFilter(source), stopWords);
                return new TokenStreamComponents(source, stemmer.apply(new ASCIIFoldingFilter(stream)));
            }
        };
    }
}
