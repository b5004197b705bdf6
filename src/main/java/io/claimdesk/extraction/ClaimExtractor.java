package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns an article's text into segments and anchored claims: segment the page, split the body into
 * sentences, find who speaks, tag topics, classify. Models load once in the constructor; {@link #extract}
 * keeps no state between calls, so one instance serves all threads.
 */
public final class ClaimExtractor {

    private static final int MIN_CLAIM_WORDS = 4;
    private static final Set<String> PRONOUN_OPENERS = Set.of("He", "She", "They");

    private final Segmenter segmenter = new Segmenter();
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final AttributionFinder attributions = new AttributionFinder();
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
        for (Block b : blocks) {
            segments.add(new Segment(cps.toCodePoint(b.start()), cps.toCodePoint(b.end()), b.furniture(), b.rule()));
        }
        List<ExtractedClaim> claims = new ArrayList<>();
        Speakers speakers = new Speakers();
        for (Block b : blocks) {
            if (Segmenter.BODY.equals(b.rule())) {
                extractBlock(text, b, cps, speakers, claims);
            }
        }
        return new Extraction(segments, claims);
    }

    /** What the previous sentences established about who is speaking. */
    private static final class Speakers {
        String last;
        String lastVia;
        String openQuote;
        boolean quoteOpenAtEnd;
    }

    private record Sentence(int start, int end, String text, List<int[]> quoted, boolean directQuote,
                            QuoteSpans.Span span) {}

    private void extractBlock(String text, Block block, CodePointIndex cps, Speakers speakers, List<ExtractedClaim> out) {
        List<QuoteSpans.Span> spans = QuoteSpans.in(text, block.start(), block.end());
        List<int[]> ranges = sentences.split(text, block.start(), block.end());
        List<Sentence> sents = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            sents.add(sentence(text, r[0], r[1], spans));
        }
        Attribution[] resolved = new Attribution[sents.size()];
        String blockSpeaker = null;
        for (int i = 0; i < sents.size(); i++) {
            Sentence s = sents.get(i);
            Attribution a = attributions.find(s.text, s.quoted);
            if (a.found() && a.anaphoric()) {
                a = resolve(a, blockSpeaker, speakers.last, i > 0 ? sents.get(i - 1).text : null);
            }
            resolved[i] = a;
            if (a.found()) {
                blockSpeaker = a.source();
            }
        }
        inheritQuoteSpeakers(sents, resolved, speakers);
        for (int i = 0; i < sents.size(); i++) {
            Sentence s = sents.get(i);
            Attribution a = resolved[i];
            if (!a.found() && speakers.last != null && startsWithPronoun(s.text) && (i > 0 ? resolved[i - 1].found() : true)) {
                a = new Attribution(speakers.last, speakers.lastVia, false, "reporting-verb");
                resolved[i] = a;
            }
            if (a.found()) {
                speakers.last = a.source();
                speakers.lastVia = a.via();
            }
            if (Texts.words(s.text).size() >= MIN_CLAIM_WORDS) {
                out.add(claim(text, s, a, cps));
            }
        }
        QuoteSpans.Span lastSpan = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        speakers.quoteOpenAtEnd = lastSpan != null && lastSpan.openAtEnd();
        speakers.openQuote = speakers.quoteOpenAtEnd ? speakerOf(lastSpan, sents, resolved) : null;
    }

    private static Sentence sentence(String text, int start, int end, List<QuoteSpans.Span> spans) {
        List<int[]> quoted = new ArrayList<>();
        int quotedChars = 0;
        QuoteSpans.Span main = null;
        for (QuoteSpans.Span sp : spans) {
            int a = Math.max(start, sp.start());
            int b = Math.min(end, sp.end());
            if (a < b) {
                quoted.add(new int[] {a - start, b - start});
                quotedChars += b - a;
                if (main == null || b - a > Math.min(end, main.end()) - Math.max(start, main.start())) {
                    main = sp;
                }
            }
        }
        boolean direct = quotedChars * 2 >= end - start && quotedChars > 0;
        return new Sentence(start, end, text.substring(start, end), quoted, direct, main);
    }

    /**
     * Sentences inside a quotation that runs over several sentences take the speaker named anywhere in that
     * quotation; a quote continued from the paragraph before keeps that paragraph's speaker, and a quote
     * standing alone right after an attributed sentence continues that speaker.
     */
    private static void inheritQuoteSpeakers(List<Sentence> sents, Attribution[] resolved, Speakers speakers) {
        for (int i = 0; i < sents.size(); i++) {
            Sentence s = sents.get(i);
            if (resolved[i].found() || s.span == null) {
                continue;
            }
            String speaker = speakerOf(s.span, sents, resolved);
            String via = null;
            if (speaker == null && (s.span.openAtStart() || i == 0 && speakers.quoteOpenAtEnd)) {
                speaker = speakers.openQuote;
            }
            if (speaker == null && s.directQuote && i > 0 && resolved[i - 1].found()) {
                speaker = resolved[i - 1].source();
                via = resolved[i - 1].via();
            }
            if (speaker != null) {
                resolved[i] = new Attribution(speaker, via != null ? via : viaOf(s.span, sents, resolved), false, "reporting-verb");
            }
        }
    }

    private static String speakerOf(QuoteSpans.Span span, List<Sentence> sents, Attribution[] resolved) {
        for (int j = 0; j < sents.size(); j++) {
            if (sents.get(j).span == span && resolved[j].found()) {
                return resolved[j].source();
            }
        }
        return null;
    }

    private static String viaOf(QuoteSpans.Span span, List<Sentence> sents, Attribution[] resolved) {
        for (int j = 0; j < sents.size(); j++) {
            if (sents.get(j).span == span && resolved[j].found()) {
                return resolved[j].via();
            }
        }
        return null;
    }

    /**
     * "He" is the last speaker; "the organization" is the last speaker of this paragraph, else the subject of
     * the sentence before; unresolved descriptions stay as written, unresolved pronouns are dropped.
     */
    private static Attribution resolve(Attribution a, String blockSpeaker, String lastSpeaker, String previousSentence) {
        boolean pronoun = NamePhrases.PRONOUNS.contains(NamePhrases.lower(a.source()));
        if (pronoun) {
            String speaker = blockSpeaker != null ? blockSpeaker : lastSpeaker;
            return speaker != null ? a.withSource(speaker) : Attribution.NONE;
        }
        if (blockSpeaker != null) {
            return a.withSource(blockSpeaker);
        }
        String subject = previousSentence == null ? null : subjectOf(previousSentence);
        return a.withSource(subject != null ? subject : a.source());
    }

    /** The capitalised run a sentence opens with, after a short lead-in such as "As such,". */
    private static String subjectOf(String sentence) {
        String s = sentence;
        int comma = s.indexOf(',');
        if (comma > 0 && Texts.words(s.substring(0, comma)).size() <= 4) {
            s = s.substring(comma + 1);
        }
        List<String> tokens = NamePhrases.tokens(s);
        StringBuilder name = new StringBuilder();
        for (String t : tokens) {
            if (!Texts.startsUpper(t) || t.endsWith("’s") || t.endsWith("'s")) {
                break;
            }
            if (name.length() > 0) {
                name.append(' ');
            }
            name.append(t);
        }
        String found = name.toString();
        return found.isEmpty() || NamePhrases.PRONOUNS.contains(NamePhrases.lower(found))
                || found.startsWith("The ") || found.equals("The") ? null : found;
    }

    private static boolean startsWithPronoun(String sentence) {
        int space = sentence.indexOf(' ');
        return space > 0 && PRONOUN_OPENERS.contains(sentence.substring(0, space));
    }

    private ExtractedClaim claim(String text, Sentence s, Attribution a, CodePointIndex cps) {
        String normalized = Texts.normalizeSpace(s.text);
        Words words = new Words(normalized);
        List<String> tags = topics.tag(words);
        int names = ProperNames.in(normalized).size();
        ClaimClassifier.Verdict v = classifier.classify(normalized, words, a, s.directQuote, names, tags);
        Anchor anchor = Anchor.ofChars(text, s.start, s.end, cps.toCodePoint(s.start), cps.toCodePoint(s.end));
        return new ExtractedClaim(anchor, normalized, v.kind(), v.checkable(), v.checkworthiness(), v.features(),
                v.stance(), tags, a.source(), a.via(), v.disputed(), v.disputedReason());
    }
}
