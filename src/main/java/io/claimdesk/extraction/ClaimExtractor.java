package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an article's text into segments, anchored claims and a suggested outlet stance: segment the page,
 * read each body paragraph into claim units with their speakers, resolve short names to the full names
 * the article uses, tag topics, classify. Models load once in the constructor; {@link #extract} keeps no
 * state between calls, so one instance serves all threads.
 */
public final class ClaimExtractor {

    /** Topic and classifier words in one index: each claim's words are looked up once. */
    private static final LexiconSet VOCABULARY = LexiconSet.join(TopicTagger.LEXICONS, ClaimClassifier.LEXICONS);

    private final Segmenter segmenter = new Segmenter();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final ParagraphReader reader = new ParagraphReader(sentences, new AttributionFinder());
    private final TopicTagger topics = new TopicTagger();
    private final ClaimClassifier classifier = new ClaimClassifier();

    public ClaimExtractor() {
        // forces the sentence model to load now rather than on the first request
        sentences.split("Warm up. Done.", 0, 14);
    }

    public Extraction extract(String text) {
        CodePointIndex cps = new CodePointIndex(text);
        List<Block> blocks = segmenter.segment(text);
        List<Segment> segments = new ArrayList<>(blocks.size());
        ParagraphReader.Speakers speakers = new ParagraphReader.Speakers();
        List<ParagraphReader.Unit> units = new ArrayList<>();
        NameIndex names = new NameIndex(units);
        for (Block b : blocks) {
            segments.add(new Segment(cps.toCodePoint(b.start()), cps.toCodePoint(b.end()), b.furniture(), b.rule()));
            if (Segmenter.BODY.equals(b.rule())) {
                units.addAll(reader.read(text, b, speakers));
            }
        }
        Set<String> capitalised = capitalisedMidSentence(units);
        TopicContext context = new TopicContext();
        Map<String, Optional<String>> roles = new HashMap<>();
        List<ExtractedClaim> claims = new ArrayList<>(units.size());
        List<Words> ownVoice = new ArrayList<>();
        for (ParagraphReader.Unit u : units) {
            claims.add(claim(text, u, names, context, capitalised, roles, cps));
            if (!u.attribution().found()) {
                ownVoice.add(u.ownVoice());
            }
        }
        return new Extraction(segments, claims, OutletVoice.suggest(ownVoice));
    }

    /** Words the article capitalises where no sentence starts: the names it uses. */
    private static Set<String> capitalisedMidSentence(List<ParagraphReader.Unit> units) {
        Set<String> names = new HashSet<>();
        for (ParagraphReader.Unit u : units) {
            Words w = u.words();
            for (int i = 1; i < w.size(); i++) {
                if (Texts.startsUpper(w.word(i))) {
                    names.add(w.lower(i));
                }
            }
        }
        return names;
    }

    private ExtractedClaim claim(String text, ParagraphReader.Unit u, NameIndex names, TopicContext context,
                                 Set<String> capitalised, Map<String, Optional<String>> roles, CodePointIndex cps) {
        LexiconSet.Hits hits = VOCABULARY.scan(u.words());
        List<String> own = topics.tag(u.words(), hits);
        if (own.isEmpty() && u.sentenceWords() != u.words()) {
            own = topics.tag(u.sentenceWords());
        }
        List<String> tags = context.topics(u.words(), own);
        Attribution a = u.attribution();
        String speaker = names.canonical(a.source());
        if (speaker != null && !Texts.startsUpper(NamePhrases.lastWord(speaker))) {
            Optional<String> holder = roles.computeIfAbsent(speaker, d -> Optional.ofNullable(RoleResolver.resolve(d, text)));
            speaker = holder.map(names::canonical).orElse(speaker);
        }
        String via = names.canonical(a.via());
        String normalized = Texts.normalizeSpace(u.text());
        ClaimClassifier.Verdict v = classifier.classify(normalized, u.words(), hits.from(TopicTagger.LEXICONS.size()), a,
                u.directQuote(), u.quotedWords(), tags,
                capitalised);
        Anchor anchor = Anchor.ofChars(text, u.start(), u.end(), cps.toCodePoint(u.start()), cps.toCodePoint(u.end()));
        return new ExtractedClaim(anchor, normalized, v.kind(), v.checkable(), v.checkworthiness(), v.features(),
                v.stance(), tags, speaker, via, v.disputed(), v.disputedReason());
    }
}
