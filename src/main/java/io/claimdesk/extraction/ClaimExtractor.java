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

    private final LanguagePack pack;
    private final Segmenter segmenter;
    private final SentenceSplitter sentences;
    private final ParagraphReader reader;
    /** Offices and honorifics: an interview's introduction names its interviewee with one. */
    private final Set<String> offices;
    private final Taxonomy taxonomy;
    private final TopicTagger topics;
    private final ClaimClassifier classifier;
    private final OutletVoice outletVoice;
    /** Topic and classifier words in one index: each claim's words are looked up once. */
    private final LexiconSet vocabulary;
    private final LexiconSet signposts;
    /** "We'll be back tomorrow", "Ana and Tom will be back on Friday": a live page signing off. */
    private final java.util.regex.Pattern signOff;
    /** "SARIOSIYO, 14 March /NUR/.": a dateline the sentence splitter cut off its paragraph, not a claim. */
    private final java.util.regex.Pattern datelineOnly;
    private final RoleResolver roles;
    private final DeniedClaims deniedClaims;
    private static final int MAX_SIGNPOST_WORDS = 30;
    /** Furniture that names people in full: a short name in the body may be theirs. */
    private static final Set<String> NAMING_LINES = Set.of(Segmenter.HEADLINE, "deck", "photo-caption",
            "figure-caption");
    private static final int MAX_TRANSITION_WORDS = 5;

    public ClaimExtractor() {
        this(LanguagePack.of("en"), Taxonomy.defaults());
    }

    public ClaimExtractor(LanguagePack pack, Taxonomy taxonomy) {
        this.pack = pack;
        this.taxonomy = taxonomy;
        sentences = new SentenceSplitter(pack);
        segmenter = new Segmenter(pack);
        topics = new TopicTagger(taxonomy, pack.language());
        classifier = new ClaimClassifier(pack);
        outletVoice = new OutletVoice(taxonomy, pack.language());
        vocabulary = LexiconSet.join(topics.lexicons(), classifier.lexicons());
        signposts = new LexiconSet(List.of(pack.lexicon("signposts")));
        signOff = java.util.regex.Pattern.compile(pack.pattern("signOff"));
        datelineOnly = java.util.regex.Pattern.compile(pack.pattern("datelineOnly"));
        roles = new RoleResolver(pack);
        deniedClaims = new DeniedClaims(pack);
        Attributions attributions = pack.hasModel("partsOfSpeech")
                ? new AttributionFinder(pack, new PosTagger(pack.model("partsOfSpeech"))) : new PatternAttribution(pack);
        reader = new ParagraphReader(sentences, attributions, pack);
        offices = new HashSet<>(pack.words("personRoles"));
        offices.addAll(pack.words("honorifics"));
        // forces the sentence model to load now rather than on the first request
        sentences.split("Warm up. Done.", 0, 14);
    }

    public Extraction extract(String text) {
        CodePointIndex cps = new CodePointIndex(text);
        List<Block> blocks = segmenter.segment(text);
        List<Segment> segments = new ArrayList<>(blocks.size());
        SpeakerMemory memory = new SpeakerMemory(pack);
        memory.learnAcronyms(text);
        memory.learnAges(text);
        ParagraphReader.Speakers speakers = new ParagraphReader.Speakers(memory);
        List<ParagraphReader.Unit> units = new ArrayList<>();
        List<Block> body = blocks.stream().filter(b -> Segmenter.BODY.equals(b.rule())).toList();
        Interview interview = Interview.of(body, blocks, pack, offices);
        List<ParagraphReader.Paragraph> paragraphs = new ArrayList<>(body.size());
        List<Words> sentences = new ArrayList<>();
        for (Block b : blocks) {
            segments.add(new Segment(cps.toCodePoint(b.start()), cps.toCodePoint(b.end()), b.furniture(), b.rule()));
            if (Segmenter.BODY.equals(b.rule())) {
                ParagraphReader.Paragraph p = reader.split(text, b, interview);
                paragraphs.add(p);
                sentences.addAll(p.sentenceWords());
            }
        }
        memory.preview(sentences);
        for (ParagraphReader.Paragraph p : paragraphs) {
            units.addAll(reader.read(p, speakers));
        }
        List<String> pageLines = blocks.stream().filter(b -> NAMING_LINES.contains(b.rule())).map(Block::text).toList();
        Article article = new Article(text, cps, units, pageLines, memory, pack);
        List<ExtractedClaim> claims = new ArrayList<>(units.size());
        List<Words> ownVoice = new ArrayList<>();
        for (ParagraphReader.Unit u : units) {
            if (isSignpost(u)) {
                continue;
            }
            claims.add(claim(u, article));
            if (!u.attribution().found()) {
                ownVoice.add(u.ownVoice());
            }
        }
        claims = deniedClaims.rejectAccounts(deniedClaims.carry(deniedClaims.mark(claims)));
        return new Extraction(segments, claims, outletVoice.suggest(ownVoice), Leads.of(blocks));
    }

    /**
     * "Below, we explain …", "Welcome to our live coverage of …", "The main measures are listed below.": the
     * text pointing at itself, not a claim about the world.
     */
    private boolean isSignpost(ParagraphReader.Unit u) {
        Words w = u.words();
        return w.size() <= MAX_SIGNPOST_WORDS && (signposts.scan(w).matches(0) || signOff.matcher(u.text()).lookingAt()
                || datelineOnly.matcher(u.text()).matches())
                || isTransition(w);
    }

    /** "There is history here.": a short existential sentence naming nothing and counting nothing. */
    private static boolean isTransition(Words w) {
        if (w.size() > MAX_TRANSITION_WORDS || !(w.lower(0).equals("there") || w.lower(0).equals("here"))
                || !(w.lower(1).equals("is") || w.lower(1).equals("are") || w.lower(1).equals("was"))) {
            return false;
        }
        for (int i = 1; i < w.size(); i++) {
            if (Texts.startsUpper(w.word(i)) || Character.isDigit(w.word(i).charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** What the claims of one article share: its text, the names and offices it uses, the claims before. */
    private final class Article {

        final String text;
        final CodePointIndex cps;
        final NameIndex names;
        final TopicContext topics;
        /** Words the article capitalises where no sentence starts: the names it uses. */
        final Set<String> capitalised = new HashSet<>();
        final Map<String, Optional<String>> officeHolders = new HashMap<>();
        final SpeakerMemory memory;
        final Set<String> determiners;

        Article(String text, CodePointIndex cps, List<ParagraphReader.Unit> units, List<String> pageLines,
                SpeakerMemory memory, LanguagePack pack) {
            this.text = text;
            this.cps = cps;
            this.memory = memory;
            this.determiners = pack.words("determiners");
            this.names = new NameIndex(pack, units, pageLines);
            this.topics = new TopicContext(pack, taxonomy);
            for (ParagraphReader.Unit u : units) {
                Words w = u.words();
                for (int i = 1; i < w.size(); i++) {
                    if (Texts.startsUpper(w.word(i))) {
                        capitalised.add(w.lower(i));
                    }
                }
            }
        }

        /** One form per person: the full name for a short one, the holder for an office ("the Iranian president"). */
        String speaker(String source) {
            String speaker = names.canonical(memory.canonical(withoutDeterminer(source)));
            if (speaker != null && !Texts.startsUpper(lastWord(speaker))) {
                Optional<String> holder = officeHolders.computeIfAbsent(speaker,
                        d -> Optional.ofNullable(roles.resolve(d, text)));
                speaker = holder.map(names::canonical).orElse(speaker);
            }
            return speaker;
        }

        private static String lastWord(String phrase) {
            List<String> words = Texts.words(phrase);
            return words.isEmpty() ? "" : words.get(words.size() - 1);
        }

        /** "the ministry" the article never tied to a name is stored as "ministry"; "two officials" stays. */
        private String withoutDeterminer(String source) {
            if (source == null) {
                return null;
            }
            int space = source.indexOf(' ');
            return space > 0 && determiners.contains(source.substring(0, space).toLowerCase(java.util.Locale.ROOT))
                    && !Character.isDigit(source.charAt(space + 1)) ? source.substring(space + 1) : source;
        }
    }

    private ExtractedClaim claim(ParagraphReader.Unit u, Article article) {
        LexiconSet.Hits hits = vocabulary.scan(u.words());
        List<String> own = topics.tag(u.words(), hits);
        if (own.isEmpty() && u.sentenceWords() != u.words()) {
            own = topics.tag(u.sentenceWords());
        }
        List<String> tags = article.topics.topics(u.words(), own);
        Attribution a = u.attribution();
        String normalized = Texts.normalizeSpace(u.text());
        ClaimClassifier.Verdict v = classifier.classify(normalized, u.words(), hits.from(topics.lexicons().size()),
                a, u.directQuote(), u.quotedWords(), tags, article.capitalised);
        Anchor anchor = Anchor.ofChars(article.text, u.start(), u.end(), article.cps.toCodePoint(u.start()),
                article.cps.toCodePoint(u.end()));
        return new ExtractedClaim(anchor, normalized, v.kind(), v.checkable(), v.checkworthiness(), v.features(),
                v.stance(), tags, article.speaker(a.source()), article.names.canonical(a.via()), v.disputed(),
                v.disputedReason());
    }
}
