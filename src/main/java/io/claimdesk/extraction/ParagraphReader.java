package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one body paragraph into claim units (sentences, or the clauses of a sentence that carries two
 * claims) and decides who speaks in each: the reporting verb or "according to" of the sentence, a
 * pronoun resolved to the last speaker named, or the speaker of the quotation the sentence belongs to.
 */
final class ParagraphReader {

    private static final int MIN_CLAIM_WORDS = 4;

    /** What the paragraphs read so far established about who is speaking. */
    static final class Speakers {
        private final SpeakerMemory memory;
        private String last;
        private String lastVia;
        /** Who speaks in the quotation left open at the end of the last paragraph, or none. */
        private Attribution openQuote = Attribution.NONE;
        private boolean quoteOpenAtEnd;

        Speakers(SpeakerMemory memory) {
            this.memory = memory;
        }

        SpeakerMemory memory() {
            return memory;
        }
    }

    /**
     * One claim's worth of text.
     *
     * @param start         UTF-16 offset of the unit in the article
     * @param words         the unit's words
     * @param sentenceWords the words of the whole sentence, for a clause; the unit's own otherwise
     * @param quotedWords   the words inside quotation marks
     * @param ownVoice      the words outside quotation marks: what the outlet says in its own words
     */
    record Unit(int start, int end, String text, Words words, Words sentenceWords, Words quotedWords,
                Words ownVoice, boolean directQuote, Attribution attribution) {}

    private static final Words NO_WORDS = new Words("");

    private record Sentence(int start, int end, String text, Words words, List<int[]> quoted, boolean directQuote,
                            QuoteSpans.Span span) {}

    private final SentenceSplitter sentences;
    private final Attributions attributions;
    private final ClauseSplitter clauseSplitter;

    private final java.util.Set<String> addressPronouns;
    /** "Es falso.", "Caracas lo niega.": phrases that make a sentence too short for a claim a denial all the same. */
    private final List<String> shortDenials;

    ParagraphReader(SentenceSplitter sentences, Attributions attributions, LanguagePack pack) {
        this.sentences = sentences;
        this.attributions = attributions;
        this.clauseSplitter = new ClauseSplitter(pack);
        this.addressPronouns = pack.words("addressPronouns");
        this.shortDenials = pack.entries("shortDenials");
    }

    List<Unit> read(String text, Block block, Speakers speakers) {
        return read(text, block, speakers, Interview.NONE);
    }

    /** Reads a block; in an interview's answer, sentences not attributed to a named party are the interviewee's. */
    List<Unit> read(String text, Block block, Speakers speakers, Interview interview) {
        return read(split(text, block, interview), speakers);
    }

    /**
     * A body paragraph cut into sentences, before anyone is asked who speaks in them: the whole article's
     * sentences can be looked over first (a live blog's summary says "the operator" before the post that names it).
     */
    static final class Paragraph {
        private final Block block;
        private final Interview interview;
        private final List<QuoteSpans.Span> spans;
        private final List<Sentence> sentences;

        private Paragraph(Block block, Interview interview, List<QuoteSpans.Span> spans, List<Sentence> sentences) {
            this.block = block;
            this.interview = interview;
            this.spans = spans;
            this.sentences = sentences;
        }

        List<Words> sentenceWords() {
            return sentences.stream().map(Sentence::words).toList();
        }
    }

    Paragraph split(String text, Block block, Interview interview) {
        int from = block.start() + interview.labelEnd(block);
        List<QuoteSpans.Span> spans = QuoteSpans.in(text, from, block.end());
        List<int[]> ranges = sentences.split(text, from, block.end());
        List<Sentence> sents = new ArrayList<>(ranges.size());
        for (int[] r : ranges) {
            sents.add(sentence(text, r[0], r[1], spans));
        }
        return new Paragraph(block, interview, spans, sents);
    }

    List<Unit> read(Paragraph paragraph, Speakers speakers) {
        Block block = paragraph.block;
        Interview interview = paragraph.interview;
        List<QuoteSpans.Span> spans = paragraph.spans;
        List<Sentence> sents = paragraph.sentences;
        String voice = interview.role(block) == Interview.Role.ANSWER ? interview.voice(block) : null;
        Attribution[] resolved = new Attribution[sents.size()];
        String blockSpeaker = null;
        String opener = null;
        for (int i = 0; i < sents.size(); i++) {
            Sentence s = sents.get(i);
            Attribution a = attributions.find(s.text, s.quoted, s.words);
            if (a.found() && addressPronouns.contains(a.source()) && s.text.endsWith("?")) {
                a = Attribution.NONE;
            } else if (a.found() && addressPronouns.contains(a.source())) {
                // "On Friday you said …" in a question is the interviewee; anywhere else, nobody we can name
                String addressed = interview.role(block) == Interview.Role.QUESTION ? interview.interviewee() : null;
                a = addressed == null ? Attribution.NONE : a.withSource(addressed);
            }
            if (voice != null && !(a.found() && !a.anaphoric() && Texts.startsUpper(a.source()))) {
                a = new Attribution(voice, null, false, "interview", true, null);
            } else if (a.found() && a.anaphoric()) {
                String beside = SpeakerMemory.LAST_SPEAKER.equals(a.source()) ? speakers.memory.openingSubject(s.words)
                        : namedBesideOrByAge(a.source(), s.words, speakers.memory);
                if (beside == null && blockSpeaker == null && SpeakerMemory.LAST_SPEAKER.equals(a.source())) {
                    beside = personOpeningBefore(sents, i, speakers.memory);
                }
                a = beside != null ? a.withSource(beside) : resolve(a, blockSpeaker, speakers.memory);
            }
            speakers.memory.learnFrom(s.words);
            resolved[i] = a;
            if (!a.found()) {
                speakers.memory.mentioned(s.words);
                opener = i == 0 ? speakers.memory.lastSubject() : opener;
            }
            if (a.found()) {
                blockSpeaker = a.source();
                speakers.memory.spoke(a.source(), speakers.memory.isOrganisation(a.source()));
            }
        }
        inheritQuoteSpeakers(sents, resolved, speakers);
        quotesOfTheOpener(sents, resolved, opener);
        List<Unit> units = new ArrayList<>(sents.size());
        for (int i = 0; i < sents.size(); i++) {
            Sentence s = sents.get(i);
            Attribution a = resolved[i];
            if (a.found()) {
                speakers.last = a.source();
                speakers.lastVia = a.via();
            }
            addUnits(s, a, blockSpeaker, speakers, units);
        }
        QuoteSpans.Span lastSpan = spans.isEmpty() ? null : spans.get(spans.size() - 1);
        speakers.quoteOpenAtEnd = lastSpan != null && lastSpan.openAtEnd();
        speakers.openQuote = speakers.quoteOpenAtEnd ? attributionOf(lastSpan, sents, resolved) : Attribution.NONE;
        return units;
    }

    /**
     * A clause names its own speaker or, when the sentence's attribution frames the whole sentence
     * ("…, Reuters reported"), takes the sentence's.
     */
    private void addUnits(Sentence s, Attribution a, String blockSpeaker, Speakers speakers, List<Unit> out) {
        List<int[]> clauses = clauses(s.text, s.quoted);
        if (clauses.size() == 1) {
            if (s.words.size() >= MIN_CLAIM_WORDS || isShortDenial(s.words)) {
                out.add(unit(s, 0, s.text.length(), s.words, s.directQuote, a));
            }
            return;
        }
        for (int[] c : clauses) {
            String clause = s.text.substring(c[0], c[1]);
            Words words = new Words(clause);
            if (words.size() < MIN_CLAIM_WORDS) {
                continue;
            }
            List<int[]> quoted = shift(s.quoted, c[0], c[1]);
            Attribution own = attributions.find(clause, quoted, words);
            if (own.found() && own.anaphoric()) {
                own = resolve(own, blockSpeaker, speakers.memory);
            }
            if (own.found() && a.found() && own.source().equals(a.via())) {
                // "… classificou a decisão … e acusou Israel …, segundo a agência Irna": the clause names only the
                // outlet that carried the sentence's speaker
                own = a;
            }
            Attribution chosen = own.found() ? own : a.trailing() ? a : Attribution.NONE;
            out.add(unit(s, c[0], c[1], words, isDirect(quoted, c[1] - c[0]), chosen));
        }
    }

    /**
     * "Es falso.", "Caracas lo niega.", "É falso.": an answer or a reply that says no to what came before is a
     * denial however short, and a fact-checker wants it beside the claim it denies.
     */
    private boolean isShortDenial(Words words) {
        if (words.size() == 0 || shortDenials.isEmpty()) {
            return false;
        }
        StringBuilder joined = new StringBuilder(" ");
        for (int i = 0; i < words.size(); i++) {
            joined.append(words.lower(i)).append(' ');
        }
        for (String phrase : shortDenials) {
            if (joined.indexOf(" " + phrase + " ") >= 0) {
                return true;
            }
        }
        return false;
    }

    private List<int[]> clauses(String sentence, List<int[]> quoted) {
        return clauseSplitter.split(sentence, quoted);
    }

    private static Unit unit(Sentence s, int from, int to, Words words, boolean direct, Attribution a) {
        List<int[]> quoted = shift(s.quoted, from, to);
        String text = from == 0 && to == s.text.length() ? s.text : s.text.substring(from, to);
        Words quotedWords = quoted.isEmpty() ? NO_WORDS : new Words(quotedOnly(text, quoted));
        Words ownWords = quoted.isEmpty() ? words : new Words(blanked(text, quoted));
        return new Unit(s.start + from, s.start + to, text, words, s.words, quotedWords, ownWords, direct, a);
    }

    private static List<int[]> shift(List<int[]> quoted, int from, int to) {
        List<int[]> out = new ArrayList<>(quoted.size());
        for (int[] q : quoted) {
            int a = Math.max(q[0], from);
            int b = Math.min(q[1], to);
            if (a < b) {
                out.add(new int[] {a - from, b - from});
            }
        }
        return out;
    }

    private static Sentence sentence(String text, int start, int end, List<QuoteSpans.Span> spans) {
        List<int[]> quoted = new ArrayList<>();
        QuoteSpans.Span main = null;
        for (QuoteSpans.Span sp : spans) {
            int a = Math.max(start, sp.start());
            int b = Math.min(end, sp.end());
            if (a < b) {
                quoted.add(new int[] {a - start, b - start});
                if (main == null || b - a > Math.min(end, main.end()) - Math.max(start, main.start())) {
                    main = sp;
                }
            }
        }
        String s = text.substring(start, end);
        return new Sentence(start, end, s, new Words(s), quoted, isDirect(quoted, end - start), main);
    }

    private static boolean isDirect(List<int[]> quoted, int length) {
        int chars = 0;
        for (int[] q : quoted) {
            chars += q[1] - q[0];
        }
        return chars > 0 && chars * 2 >= length;
    }

    /** The text with everything outside quotation marks blanked out. */
    private static String quotedOnly(String text, List<int[]> quoted) {
        if (quoted.isEmpty()) {
            return "";
        }
        char[] chars = new char[text.length()];
        java.util.Arrays.fill(chars, ' ');
        for (int[] q : quoted) {
            text.getChars(q[0], q[1], chars, q[0]);
        }
        return new String(chars);
    }

    /** The text with its quotations blanked out: what the outlet says in its own words. */
    private static String blanked(String text, List<int[]> quoted) {
        if (quoted.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int[] q : quoted) {
            java.util.Arrays.fill(chars, q[0], q[1], ' ');
        }
        return new String(chars);
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
            String verb = speaker == null ? null : attributionOf(s.span, sents, resolved).verb();
            String via = null;
            if (speaker == null && (s.span.openAtStart() || i == 0 && speakers.quoteOpenAtEnd)) {
                speaker = speakers.openQuote.source();
                verb = speakers.openQuote.verb();
                via = speakers.openQuote.via();
            }
            if (speaker == null && s.directQuote && i > 0 && resolved[i - 1].found()) {
                speaker = resolved[i - 1].source();
                via = resolved[i - 1].via();
                verb = resolved[i - 1].verb();
            }
            if (speaker != null) {
                resolved[i] = new Attribution(speaker, via != null ? via : viaOf(s.span, sents, resolved), false,
                        "reporting-verb", true, verb);
            }
        }
        floatingQuote(sents, resolved, speakers);
        dialogueLine(sents, resolved);
    }

    /**
     * "—Es falso —dijo el ministro—. Nunca firmamos ese contrato.": a paragraph opening on a dialogue dash is one
     * speaker's turn; its sentences no one is named in are the words of the one named in it.
     */
    private static void dialogueLine(List<Sentence> sents, Attribution[] resolved) {
        if (sents.isEmpty() || sents.get(0).text.isEmpty() || "—–".indexOf(sents.get(0).text.charAt(0)) < 0) {
            return;
        }
        Attribution named = Attribution.NONE;
        for (Attribution a : resolved) {
            if (a.found()) {
                if (named.found() && !named.source().equals(a.source())) {
                    return;
                }
                named = a;
            }
        }
        for (int i = 0; i < sents.size() && named.found(); i++) {
            if (!resolved[i].found()) {
                resolved[i] = new Attribution(named.source(), named.via(), false, "reporting-verb", true, named.verb());
            }
        }
    }

    /**
     * "Mário Guerreiro não conta com isso. Desde janeiro, compra água a um vizinho. «Pago 40 euros por semana.»": in a
     * paragraph that opens on a person and names no speaker, the quotations are that person's words.
     */
    private static void quotesOfTheOpener(List<Sentence> sents, Attribution[] resolved, String opener) {
        if (opener == null) {
            return;
        }
        for (Attribution a : resolved) {
            if (a.found()) {
                return;
            }
        }
        for (int i = 1; i < sents.size(); i++) {
            if (sents.get(i).directQuote) {
                resolved[i] = new Attribution(opener, null, false, "reporting-verb", true, null);
            }
        }
    }

    /**
     * A paragraph that is only a quotation, with no one named in it, is the words of the one quoted just before:
     * "Dr Kessler told the programme that … ¶ "We cannot see inside a container from space. …"".
     */
    private static boolean startsWithQuote(String sentence) {
        return !sentence.isEmpty() && "\"“‘«".indexOf(sentence.charAt(0)) >= 0;
    }

    private static void floatingQuote(List<Sentence> sents, Attribution[] resolved, Speakers speakers) {
        if (speakers.last == null || sents.isEmpty() || !startsWithQuote(sents.get(0).text)) {
            return;
        }
        for (int i = 0; i < sents.size(); i++) {
            if (resolved[i].found() || !sents.get(i).directQuote) {
                return;
            }
        }
        for (int i = 0; i < sents.size(); i++) {
            resolved[i] = new Attribution(speakers.last, speakers.lastVia, false, "reporting-verb", true, null);
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
        return attributionOf(span, sents, resolved).via();
    }

    /** The attribution of the first attributed sentence inside the quotation, or none. */
    private static Attribution attributionOf(QuoteSpans.Span span, List<Sentence> sents, Attribution[] resolved) {
        for (int j = 0; j < sents.size(); j++) {
            if (sents.get(j).span == span && resolved[j].found()) {
                return resolved[j];
            }
        }
        return Attribution.NONE;
    }

    /**
     * "Camila Ruiz se proclamó ganadora en la plaza. «…», dijo.": a verb with no subject, in a paragraph where no one
     * has spoken yet, reports the person an earlier sentence of the paragraph opens on, not whoever spoke last in
     * the article (the electoral office of the paragraph before); null when no sentence opens on a person.
     */
    private static String personOpeningBefore(List<Sentence> sents, int i, SpeakerMemory memory) {
        for (int j = i - 1; j >= 0; j--) {
            String person = memory.openingPerson(sents.get(j).words);
            if (person != null) {
                return person;
            }
        }
        return null;
    }

    /** The name set beside the description, or given the age that follows it ("o agricultor, de 67 anos"), or null. */
    private static String namedBesideOrByAge(String description, Words words, SpeakerMemory memory) {
        String beside = memory.namedBeside(description, words);
        return beside != null ? beside : memory.namedByAge(description, words);
    }

    /** A pronoun or description resolved from what the article said before; a pronoun pointing to nobody is dropped. */
    private static Attribution resolve(Attribution a, String blockSpeaker, SpeakerMemory memory) {
        String speaker = memory.resolve(a.source(), blockSpeaker);
        return speaker == null ? Attribution.NONE : a.withSource(speaker);
    }
}
