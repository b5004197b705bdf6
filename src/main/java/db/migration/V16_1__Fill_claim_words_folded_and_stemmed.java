package db.migration;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
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
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Fills {@code claim_word} again now that search folds accents and finds Spanish and Portuguese claims by their
 * stems ({@code io.claimdesk.claim.SearchWords} and {@code WordStems}): the words stored before were neither folded
 * nor stemmed, so "nacion" would not find "nación". Runs after V15_1, which gives old articles and their claims a
 * language. Like V10_1, whose word split and batches it reuses, it keeps a frozen copy of the analysis as it was
 * released (the stemming chain of {@code WordStems}, on purpose: see V10_1).
 */
public class V16_1__Fill_claim_words_folded_and_stemmed extends V10_1__Fill_claim_words {

    private static final int MAX_LENGTH = 40;

    private static final Map<String, Analyzer> STEMMERS = Map.of(
            "es", chain(SpanishAnalyzer.getDefaultStopSet(), SpanishLightStemFilter::new),
            "pt", chain(PortugueseAnalyzer.getDefaultStopSet(), PortugueseLightStemFilter::new));

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement clear = connection.createStatement()) {
            clear.executeUpdate("delete from claim_word");
        }
        fill(connection);
    }

    @Override
    String columns() {
        return "text, language";
    }

    @Override
    Set<String> wordsOf(ResultSet claim) throws SQLException {
        return words(claim.getString(2), claim.getString(3));
    }

    static Set<String> words(String text, String language) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        Set<String> words = new LinkedHashSet<>(V10_1__Fill_claim_words.words(folded));
        Analyzer stemmer = STEMMERS.get(language);
        if (stemmer != null) {
            try (TokenStream tokens = stemmer.tokenStream("text", text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    String stem = "~" + term;
                    words.add(stem.length() > MAX_LENGTH ? stem.substring(0, MAX_LENGTH) : stem);
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words;
    }

    private static Analyzer chain(CharArraySet stopWords, Function<TokenStream, TokenStream> stemmer) {
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
