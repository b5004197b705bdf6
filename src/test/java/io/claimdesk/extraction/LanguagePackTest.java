package io.claimdesk.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagePackTest {

    /** A union asked for before its lists were ever loaded builds them too (it once threw "Recursive update"). */
    @Test
    void aUnionOfListsNotYetLoadedHoldsEveryWordOfThem() {
        LanguagePack fresh = LanguagePack.read("en");
        Set<String> union = fresh.union("personRoles", "titleWords");
        Set<String> expected = new HashSet<>(fresh.entries("personRoles"));
        expected.addAll(fresh.entries("titleWords"));
        assertEquals(expected, union);
        assertTrue(union.contains("minister"));
    }

    @Test
    void endingsAreAddedToEveryWordOfAUnionNotYetLoaded() {
        LanguagePack fresh = LanguagePack.read("en");
        Set<String> plurals = fresh.withEndings("pluralEndings", "personRoles", "titleWords");
        assertTrue(plurals.contains("ministers"), "ministers");
    }

    /** A list derived from another states only what it adds; the included list's words come first. */
    @Test
    void aListThatIncludesAnotherHoldsItsWordsThenItsOwn() {
        LanguagePack fresh = LanguagePack.read("en");
        List<String> common = fresh.entries("commonWords");
        List<String> search = fresh.entries("searchStopWords");
        assertEquals(common, search.subList(0, common.size()));
        assertTrue(search.contains("del"));
        assertTrue(fresh.words("stopWords").containsAll(fresh.entries("functionWords")));
    }
}
