package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Several lexicons indexed together, so that one pass over a sentence's words answers all of them: one
 * hash lookup per word instead of one per word and lexicon. Lexicons are numbered in the order given.
 */
final class LexiconSet {

    /** @param cased the words must match in case too ("US", not "us") */
    private record Entry(int lexicon, String[] words, boolean cased) {}

    private record Prefix(int lexicon, String prefix) {}

    /** Every entry under its first word in lower case, case-sensitive ones too: one lookup per word. */
    private final Map<String, Entry[]> index = new HashMap<>();
    private static final int FILTER_BITS = 1 << 16;
    /**
     * One bit per first word's hash: most words of a sentence start no entry, and a bit in a small array answers
     * that without reaching into the map's nodes, the scan's largest cost in the profile.
     */
    private final long[] firstWordFilter = new long[FILTER_BITS / Long.SIZE];
    private static final int PREFIX_SLOTS = 128;
    /**
     * Prefix entries by their first character (folded into 128 slots, checked by startsWith): most words start
     * with a letter no prefix starts with. An array, since a map lookup a word showed in the profile.
     */
    @SuppressWarnings("unchecked")
    private final List<Prefix>[] prefixes = new List[PREFIX_SLOTS];
    private final List<Lexicon> lexicons;
    private final int size;

    /** One set answering for both: the second's lexicons are numbered after the first's. */
    static LexiconSet join(LexiconSet first, LexiconSet second) {
        List<Lexicon> all = new ArrayList<>(first.lexicons);
        all.addAll(second.lexicons);
        return new LexiconSet(all);
    }

    LexiconSet(List<Lexicon> lexicons) {
        this.lexicons = List.copyOf(lexicons);
        if (lexicons.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " lexicons");
        }
        size = lexicons.size();
        Map<String, List<Entry>> entries = new HashMap<>();
        for (int id = 0; id < lexicons.size(); id++) {
            Lexicon lexicon = lexicons.get(id);
            for (Map.Entry<String, List<String[]>> e : lexicon.byFirstWord.entrySet()) {
                for (String[] phrase : e.getValue()) {
                    entries.computeIfAbsent(e.getKey().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(new Entry(id, phrase, lexicon.caseSensitive));
                }
            }
            for (String p : lexicon.prefixes) {
                int slot = p.charAt(0) % PREFIX_SLOTS;
                if (prefixes[slot] == null) {
                    prefixes[slot] = new ArrayList<>();
                }
                prefixes[slot].add(new Prefix(id, p));
            }
        }
        for (Map.Entry<String, List<Entry>> e : entries.entrySet()) {
            index.put(e.getKey(), e.getValue().toArray(new Entry[0]));
            int bit = filterBit(e.getKey());
            firstWordFilter[bit >>> 6] |= 1L << bit;
        }
    }

    private static int filterBit(String lowerWord) {
        int h = lowerWord.hashCode();
        return (h ^ h >>> 16) & (FILTER_BITS - 1);
    }

    int size() {
        return size;
    }

    /** Every lexicon's matches in the words; at each position each lexicon matches at most once. */
    Hits scan(Words words) {
        Hits hits = new Hits(words);
        for (int i = 0; i < words.size(); i++) {
            String lower = words.lower(i);
            int bit = filterBit(lower);
            long matched = (firstWordFilter[bit >>> 6] & 1L << bit) == 0 ? 0 : scanIndex(index.get(lower), words, i, hits);
            List<Prefix> candidates = prefixes[lower.charAt(0) % PREFIX_SLOTS];
            if (candidates != null) {
                for (Prefix p : candidates) {
                    if ((matched & 1L << p.lexicon) == 0 && lower.startsWith(p.prefix)) {
                        hits.add(p.lexicon, i, 1);
                        matched |= 1L << p.lexicon;
                    }
                }
            }
        }
        return hits;
    }

    private static long scanIndex(Entry[] entries, Words words, int i, Hits hits) {
        long matched = 0;
        if (entries == null) {
            return matched;
        }
        for (Entry e : entries) {
            if ((matched & 1L << e.lexicon) == 0 && phraseAt(words, i, e.words, e.cased)) {
                hits.add(e.lexicon, i, e.words.length);
                matched |= 1L << e.lexicon;
            }
        }
        return matched;
    }

    private static boolean phraseAt(Words words, int i, String[] phrase, boolean cased) {
        if (i + phrase.length > words.size() || cased && !words.word(i).equals(phrase[0])) {
            return false;
        }
        for (int k = 1; k < phrase.length; k++) {
            String w = cased ? words.word(i + k) : words.lower(i + k);
            if (!w.equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }

    /** The matches of one scan, in the order of the words: (lexicon, first word, length in words). */
    static final class Hits {

        private final Words words;
        private int[] hits;
        private int count;
        /** Added to every lexicon number asked about: a view of the part of a joined set. */
        private final int base;

        private Hits(Words words) {
            this.words = words;
            this.hits = new int[48];
            this.base = 0;
        }

        private Hits(Hits whole, int base) {
            this.words = whole.words;
            this.hits = whole.hits;
            this.count = whole.count;
            this.base = whole.base + base;
        }

        /** The hits of the lexicons numbered from {@code base} on, renumbered from 0. */
        Hits from(int base) {
            return new Hits(this, base);
        }

        private void add(int lexicon, int start, int length) {
            if (count * 3 == hits.length) {
                hits = Arrays.copyOf(hits, hits.length * 2);
            }
            hits[count * 3] = lexicon;
            hits[count * 3 + 1] = start;
            hits[count * 3 + 2] = length;
            count++;
        }

        boolean matches(int lexicon) {
            return first(lexicon) >= 0;
        }

        /** The first match of the lexicon as the text has it, or null. */
        String find(int lexicon) {
            int h = first(lexicon);
            return h < 0 ? null : words.original(hits[h * 3 + 1], hits[h * 3 + 1] + hits[h * 3 + 2]);
        }

        /** Length in words of the lexicon's match starting at word i, or 0. */
        int lengthAt(int lexicon, int i) {
            lexicon += base;
            for (int h = 0; h < count; h++) {
                if (hits[h * 3] == lexicon && hits[h * 3 + 1] == i) {
                    return hits[h * 3 + 2];
                }
            }
            return 0;
        }

        /** Word positions where the lexicon matches, in order. */
        List<Integer> starts(int lexicon) {
            lexicon += base;
            List<Integer> out = new ArrayList<>(2);
            for (int h = 0; h < count; h++) {
                if (hits[h * 3] == lexicon) {
                    out.add(hits[h * 3 + 1]);
                }
            }
            return out;
        }

        /** Every non-overlapping match of the lexicon, as the text has it. */
        void all(int lexicon, List<String> out) {
            lexicon += base;
            int end = 0;
            for (int h = 0; h < count; h++) {
                if (hits[h * 3] == lexicon && hits[h * 3 + 1] >= end) {
                    out.add(words.original(hits[h * 3 + 1], hits[h * 3 + 1] + hits[h * 3 + 2]));
                    end = hits[h * 3 + 1] + hits[h * 3 + 2];
                }
            }
        }

        private int first(int lexicon) {
            lexicon += base;
            for (int h = 0; h < count; h++) {
                if (hits[h * 3] == lexicon) {
                    return h;
                }
            }
            return -1;
        }
    }
}
