package io.claimdesk.extraction;

import java.util.Set;

/**
 * The desk's stop words: one base list and the lists derived from it, all in the language pack ({@code commonWords}
 * and the lists that include it, each with the reason it differs). Each part of the desk leaves out other words for
 * its own figures, but none keeps a list of its own. The extractor's rules ask their pack for {@code stopWords}, so
 * another language brings its own; matching and text search have no pack of their own and take theirs from here.
 */
public final class StopWords {

    private static final LanguagePack ENGLISH = LanguagePack.of("en");

    /** Left out of a claim's matching keys and of the words a figure is said of. */
    public static final Set<String> MATCHING = ENGLISH.words("matchingStopWords");

    /**
     * Neither stored as a claim's search words nor searched by. Claims' stored words were drawn without these, so a
     * change to the list needs them drawn again.
     */
    public static final Set<String> SEARCH = ENGLISH.words("searchStopWords");

    /** The words after a number that end its unit: "120 people who fled" counts people. */
    public static final Set<String> UNITS = ENGLISH.words("unitStopWords");

    private StopWords() {
    }
}
