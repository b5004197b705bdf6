package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits a text into blocks and decides for each whether it is article body or page furniture. The line
 * rules ({@link LineRules}) run first; then rules that need the whole page: repeated lines, the headline,
 * the masthead above it, teasers after the article's end, headlines of other stories and off-topic
 * standfirsts. Every decision carries the name of the rule that made it.
 */
public final class Segmenter {

    public static final String BODY = "body";
    public static final String HEADLINE = "headline";
    public static final String SUBHEADING = "subheading";
    public static final String DATE_LINE = "date-line";
    public static final String BYLINE = "byline";
    public static final String AUTHOR_LINE = "author-line";

    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_NAME_CHARS = 80;
    private static final int MIN_PROSE_WORDS = 6;
    private static final int MAX_CAPTION_WORDS = 50;
    /** "Photo: Tomás Vergara / The Litoral Sentinel": a credit alone is a few words. */
    private static final int MAX_CREDIT_WORDS = 12;
    private static final int MAX_STAFF_TITLE_WORDS = 6;
    /** "Cientista política, é professora de relações internacionais e pesquisadora do …" under a columnist's name. */
    private static final int MAX_AUTHOR_POST_WORDS = 20;
    private static final int MAX_HEADLINE_WORDS = 30;
    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_MASTHEAD_WORDS = 5;
    private static final int MAX_TEASER_WORDS = 25;
    /** Prose words an article has before a teaser card can follow it. */
    private static final int MIN_ARTICLE_WORDS = 120;
    private static final int MAX_HEADING_QUESTION_WORDS = 14;
    private static final int MIN_PULL_QUOTE_WORDS = 5;
    private static final int MAX_PULL_QUOTE_WORDS = 40;
    private static final int BIO_REACH = 4;
    private static final int MAX_BIO_WORDS = 70;

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("(?<![\\d.])\\d{1,2}[:.h]\\d{2}(?![\\d.])");
    private final BlockSplitter splitter;
    /** "Dr. Nadia Kessler is a senior fellow", "Julián Ferreyra es abogado y docente": a name, then the pack's "is". */
    private final java.util.regex.Pattern bio;
    private final Bylines bylines;
    private final DateLines dates;
    private final LineRules lineRules;
    private final Set<String> stopWords;
    private final Set<String> reportingVerbs;
    private final Set<String> irregularPast;
    /** "ed": how a regular verb ends in the past. */
    private final List<String> pastEndings;
    private final Set<String> subjectPronouns;
    /** "interview", "spoke with": words of the lines that introduce a Q&A. */
    private final List<String> interviewWords;
    private final Set<String> addressPronouns;
    private final Set<String> questionLabels;
    private final Set<String> determiners;

    public Segmenter(LanguagePack pack) {
        bylines = new Bylines(pack);
        dates = new DateLines(pack);
        lineRules = new LineRules(pack);
        // languages that write weekdays and months in lower case start a date line in lower case
        splitter = new BlockSplitter(line -> dates.stamp(line).isPresent() || "time-stamp".equals(lineRules.match(line)));
        stopWords = pack.words("stopWords");
        reportingVerbs = pack.words("reportingVerbs");
        irregularPast = pack.words("irregularPast");
        pastEndings = pack.entries("pastEndings");
        subjectPronouns = pack.words("subjectPronouns");
        interviewWords = pack.entries("interviewWords");
        addressPronouns = pack.words("addressPronouns");
        questionLabels = pack.words("questionLabels");
        determiners = pack.words("determiners");
        bio = java.util.regex.Pattern.compile("(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*"
                + "|de|del|da|dos|van|von))+\\s+(?:" + String.join("|", pack.entries("bioVerbs")) + ")\\s+(?:a|an|the|The|\\p{Ll}+)\\s");
    }

    public List<Block> segment(String text) {
        List<Block> blocks = new ArrayList<>(splitter.split(text));
        applyLineRules(blocks);
        markBylines(blocks);
        markBulletRuns(blocks);
        Repeats.markRepeatedLines(blocks, stopWords);
        boolean[] prose = new boolean[blocks.size()];
        for (int i = 0; i < prose.length; i++) {
            prose[i] = isProse(blocks.get(i).text(), blocks.get(i).words());
        }
        int headline = markHeadline(blocks, prose);
        markMasthead(blocks, headline, prose);
        markAuthorLines(blocks);
        markCaptionsBesideCredits(blocks);
        markDeck(blocks, headline, prose);
        markRelatedLists(blocks);
        markTails(blocks);
        markTeaserAfterEnd(blocks, prose);
        markQuestionHeadings(blocks);
        markShortLines(blocks, prose);
        markOffTopicStandfirsts(blocks, headline, prose);
        markAuthorBios(blocks);
        markAuthorBelowHeadline(blocks, headline);
        Repeats.markRepeatedParagraphs(blocks);
        markPullQuotes(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).unclassified()) {
                blocks.set(i, blocks.get(i).classified(false, BODY));
            }
        }
        return blocks;
    }

    private void applyLineRules(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (dates.stamp(b.text()).isPresent()) {
                blocks.set(i, b.classified(true, DATE_LINE));
                continue;
            }
            String rule = lineRules.match(b.text(), b.words());
            if (rule != null) {
                blocks.set(i, b.classified(true, rule));
            }
        }
    }

    /** A bullet list whose items are mostly share buttons or menu entries is furniture as a whole. */
    private static void markBulletRuns(List<Block> blocks) {
        int i = 0;
        while (i < blocks.size()) {
            if (!LineRules.isBulleted(blocks.get(i).text())) {
                i++;
                continue;
            }
            int j = i;
            int shareItems = 0;
            while (j < blocks.size() && LineRules.isBulleted(blocks.get(j).text())) {
                if ("share-list".equals(blocks.get(j).rule())) {
                    shareItems++;
                }
                j++;
            }
            if (shareItems * 2 > j - i) {
                for (int k = i; k < j; k++) {
                    if (blocks.get(k).unclassified()) {
                        blocks.set(k, blocks.get(k).classified(true, "share-list"));
                    }
                }
            }
            i = j;
        }
    }

    /**
     * The headline is the last headline-shaped line before the article's first paragraph, or before the first
     * byline or date stamp that follows such a line: mastheads, section labels and navigation come above it, the
     * byline, date and deck below; a site banner's date is no stamp here. A headline-shaped line has three to thirty
     * words and no final full stop, and is neither a navigation bar ("News | Politics | Economy") nor a short name in
     * capitals ("THE ASUNCIÓN REVIEW").
     * Returns its index, or -1.
     */
    private int markHeadline(List<Block> blocks, boolean[] prose) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            // a banner's date under the masthead ("Folha do Marajó" over "Quinta-feira, 5 de junho de 2025") dates the
            // day's edition: the headline is still to come
            boolean meta = BYLINE.equals(b.rule()) || isStoryStamp(b) || AUTHOR_LINE.equals(b.rule())
                    || "staff-credits".equals(b.rule()) || "posted-by".equals(b.rule());
            if (!candidates.isEmpty() && meta) {
                break;
            }
            if (b.unclassified() && isHeadlineShaped(b.text()) && !(prose[i] && !candidates.isEmpty())) {
                candidates.add(i);
            } else if (b.unclassified() && prose[i]) {
                break;
            }
        }
        int headline = -1;
        for (int k = 0; k < candidates.size(); k++) {
            int i = candidates.get(k);
            // a line right under a headline is its subhead or deck, unless what stands above is only a label
            boolean subhead = k > 0 && candidates.get(k - 1) == i - 1 && !isLabel(blocks.get(i - 1).text());
            if (!subhead && (headline < 0 || blocks.get(i).words() > blocks.get(headline).words())) {
                headline = i;
            }
        }
        if (headline >= 0) {
            blocks.set(headline, blocks.get(headline).classified(true, HEADLINE));
        }
        return headline;
    }

    /** "Press release No. 041/2026", "Live updates": a short or numbered label above a headline. */
    private static boolean isLabel(String line) {
        return Texts.wordCount(line) <= MAX_LABEL_WORDS || line.chars().anyMatch(Character::isDigit);
    }

    static boolean isHeadlineShaped(String line) {
        int words = Texts.wordCount(line);
        String t = line.strip();
        if (words < 3 || words > MAX_HEADLINE_WORDS || t.endsWith(".") && !t.endsWith("...") || t.endsWith(":")
                || LineRules.isBulleted(t)) {
            return false;
        }
        int separators = t.split("\\s[|•·]\\s|\\s{3,}", -1).length - 1;
        return separators < 2 && !(words <= MAX_MASTHEAD_WORDS && isCapitals(t)) && !isLogo(t);
    }

    /** "SAFPI | South Asia Food Policy Institute": a logo's letters beside the name they stand for. */
    private static boolean isLogo(String line) {
        String[] parts = line.split("\\s[–—|-]\\s", 2);
        return parts.length == 2 && MetadataReader.acronymOf(parts[0].strip(), parts[1].strip());
    }

    private static boolean isCapitals(String line) {
        return line.chars().noneMatch(Character::isLowerCase);
    }

    private static boolean followedByStamp(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            Block next = blocks.get(j);
            if (next.unclassified()) {
                return false;
            }
            if (DATE_LINE.equals(next.rule()) || BYLINE.equals(next.rule())) {
                return true;
            }
        }
        return false;
    }

    /** Short lines above the headline are the site's name, slogan and widgets. */
    private static void markMasthead(List<Block> blocks, int headline, boolean[] prose) {
        for (int i = 0; i < headline; i++) {
            Block b = blocks.get(i);
            if (b.unclassified() && !prose[i]) {
                blocks.set(i, b.classified(true, "masthead"));
            }
        }
    }

    /**
     * A picture's caption sits on the line right above its credit ("Photo: Tomás Vergara / The Litoral
     * Sentinel"), with no blank line between: that short line describes the picture, not the story.
     */
    private static void markCaptionsBesideCredits(List<Block> blocks) {
        for (int i = 1; i < blocks.size(); i++) {
            Block credit = blocks.get(i);
            Block above = blocks.get(i - 1);
            boolean isCredit = "photo-caption".equals(credit.rule()) || "figure-caption".equals(credit.rule());
            // a credit with its own caption sentence ("Passengers queue … Photograph: X") needs no line above; a
            // list item above it is the story's list
            boolean creditOnly = credit.words() <= MAX_CREDIT_WORDS;
            boolean listItem = !above.text().isEmpty() && BlockSplitter.isBullet(above.text().charAt(0));
            if (isCredit && creditOnly && !listItem && !credit.gapBefore() && above.unclassified()
                    && above.words() <= MAX_CAPTION_WORDS) {
                blocks.set(i - 1, above.classified(true, "photo-caption"));
            } else if (isCredit && creditOnly && credit.gapBefore()) {
                markCaptionBelow(blocks, i);
            }
        }
    }

    /**
     * "Foto: Mateo Ticona / El Heraldo Andino" over "Vagones con mineral …", blank lines around the pair: many sites
     * print the credit first and the caption under it. Only where blank lines set the pair apart, so a story
     * pasted without them keeps its first paragraph.
     */
    private static void markCaptionBelow(List<Block> blocks, int credit) {
        int below = credit + 1;
        if (below >= blocks.size()) {
            return;
        }
        Block caption = blocks.get(below);
        boolean pairEnds = below + 1 >= blocks.size() || blocks.get(below + 1).gapBefore();
        if (caption.unclassified() && !caption.gapBefore() && pairEnds && caption.words() <= MAX_CREDIT_WORDS * 2) {
            blocks.set(below, caption.classified(true, "photo-caption"));
        }
    }

    /**
     * The deck: a sentence or two printed between the headline and the byline, summing up the story in the
     * page's voice. The story's own first paragraph comes after the byline.
     */
    private void markDeck(List<Block> blocks, int headline, boolean[] prose) {
        if (headline < 0) {
            return;
        }
        int deck = headline + 1;
        while (deck < blocks.size() && !blocks.get(deck).unclassified()) {
            deck++;
        }
        if (deck >= blocks.size() || !prose[deck]) {
            return;
        }
        for (int next = deck + 1; next < blocks.size(); next++) {
            Block b = blocks.get(next);
            if (b.unclassified()) {
                boolean byline = bylines.parse(b.text().strip()) != null;
                if (byline) {
                    blocks.set(deck, blocks.get(deck).classified(true, "deck"));
                }
                return;
            }
            if (BYLINE.equals(b.rule()) || AUTHOR_LINE.equals(b.rule()) || DATE_LINE.equals(b.rule())
                    || "staff-credits".equals(b.rule()) || "posted-by".equals(b.rule())) {
                blocks.set(deck, blocks.get(deck).classified(true, "deck"));
                return;
            }
        }
    }

    /** The lines right under "Related", "Read more" or "Most read" are other stories' headlines. */
    private void markRelatedLists(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block label = blocks.get(i);
            if (!lineRules.isRelatedLabel(label.text())) {
                continue;
            }
            for (int k = i + 1; k < blocks.size(); k++) {
                Block b = blocks.get(k);
                if (b.gapBefore() && k > i + 1 || b.words() > MAX_TEASER_WORDS) {
                    break;
                }
                if (b.unclassified()) {
                    blocks.set(k, b.classified(true, "related-list"));
                }
            }
        }
    }

    /**
     * What follows "###" or "ENDS" in a press release, and the "About …" boilerplate and contacts after the body,
     * belongs to the publisher, not the story.
     */
    private static void markTails(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String rule = blocks.get(i).rule();
            if ("release-end".equals(rule) || "about-heading".equals(rule) && i > blocks.size() / 2) {
                for (int k = i + 1; k < blocks.size(); k++) {
                    if (blocks.get(k).unclassified()) {
                        blocks.set(k, blocks.get(k).classified(true, "release-tail"));
                    }
                }
                return;
            }
        }
    }

    /**
     * Short questions standing alone as paragraphs are headings ("What is a shipping sanction?") or other stories'
     * headlines, unless the page is an interview: there the questions speak to the interviewee ("you") or carry a
     * "Q:" label.
     */
    private void markQuestionHeadings(List<Block> blocks) {
        List<Integer> questions = new ArrayList<>();
        int addressed = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.unclassified() && isShortQuestion(b.text()) && headlineQuestion(b.text())) {
                blocks.set(i, b.classified(true, "question-heading"));
            } else if (b.unclassified() && isShortQuestion(b.text())) {
                questions.add(i);
                if (addressesSomeone(b.text())) {
                    addressed++;
                }
            }
        }
        if (questions.size() >= 3 && (addressed * 4 >= questions.size() || introducesInterview(blocks, questions.get(0)))) {
            return;
        }
        for (int i : questions) {
            Block b = blocks.get(i);
            if (!addressesSomeone(b.text())) {
                blocks.set(i, b.classified(true, "question-heading"));
            }
        }
    }

    /** "Nicaragua's Iranian scholarships: who gets them?": a topic, a colon and a question is a headline. */
    private static boolean headlineQuestion(String text) {
        int colon = text.indexOf(": ");
        return colon > 0 && Character.isLowerCase(text.charAt(colon + 2)) && !text.startsWith("Q");
    }

    /** "We spoke with …", "He spoke to the Post …", "This interview has been edited …" before the first question. */
    private boolean introducesInterview(List<Block> blocks, int firstQuestion) {
        for (int i = 0; i < firstQuestion; i++) {
            String lower = blocks.get(i).text().toLowerCase(java.util.Locale.ROOT);
            if (interviewWords.stream().anyMatch(lower::contains)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShortQuestion(String text) {
        String t = text.strip();
        return t.endsWith("?") && Texts.wordCount(t) <= MAX_HEADING_QUESTION_WORDS && t.indexOf(". ") < 0;
    }

    /** "… do you …", "Q: …", "P: ¿Usted …": a question put to the interviewee, by pronoun or by the label of questions. */
    private boolean addressesSomeone(String text) {
        String lower = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        if (lower.contains(" your ") || addressPronouns.stream().anyMatch(p -> lower.contains(" " + p + " "))) {
            return true;
        }
        int mark = text.indexOf(':') > 0 ? text.indexOf(':') : text.indexOf('.');
        return mark > 0 && questionLabels.contains(text.substring(0, mark).strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A pull quote repeats words of the body in large type: a short block whose words, quotation marks aside,
     * all stand in the same order inside a longer body paragraph.
     */
    private static void markPullQuotes(List<Block> blocks) {
        // keys are made when a candidate needs them: most articles have none
        String[] keys = new String[blocks.size()];
        String[] lowered = new String[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            int words = b.words();
            boolean quoted = b.text().startsWith("\"") || b.text().startsWith("“") || b.text().startsWith("‘");
            if (!b.unclassified() || words > MAX_PULL_QUOTE_WORDS || words < MIN_PULL_QUOTE_WORDS && !quoted
                    || words < 3) {
                continue;
            }
            String probe = probe(b.text());
            String key = null;
            for (int j = 0; j < blocks.size(); j++) {
                if (j == i || !blocks.get(j).unclassified()) {
                    continue;
                }
                if (probe != null) {
                    lowered[j] = lowered[j] != null ? lowered[j] : blocks.get(j).text().toLowerCase(Locale.ROOT);
                    if (!lowered[j].contains(probe)) {
                        continue;
                    }
                }
                key = key != null ? key : keys[i] != null ? keys[i] : (keys[i] = comparable(b.text()));
                String body = keys[j] != null ? keys[j] : (keys[j] = comparable(blocks.get(j).text()));
                // the longer paragraph holds the repeat; of two equal ones, the later is the pull quote
                boolean holds = body.length() > key.length() ? body.contains(key) : body.equals(key) && j < i;
                if (holds) {
                    blocks.set(i, b.classified(true, "pull-quote"));
                    break;
                }
            }
        }
    }

    /**
     * The candidate's longest word of plain ASCII letters, at least four, in lower case: a paragraph that lacks it
     * cannot repeat the candidate, which saves making both keys. Null when there is no such word.
     */
    private static String probe(String text) {
        int bestStart = 0;
        int bestLength = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                continue;
            }
            if (i - start > bestLength && (i == text.length() || !Character.isLetterOrDigit(c))
                    && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)))) {
                bestStart = start;
                bestLength = i - start;
            }
            start = i + 1;
        }
        if (bestLength < 4) {
            return null;
        }
        return text.substring(bestStart, bestStart + bestLength).toLowerCase(Locale.ROOT);
    }

    /** The text's letters and digits in lower case, one space between words and at either end. */
    private static String comparable(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append(' ');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // ASCII first: the Unicode tables cost more than the rest of the comparison
            boolean letterOrDigit = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
            if (letterOrDigit) {
                out.append(c < 128 ? (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : Character.toLowerCase(c));
            } else if (out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        if (out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        return out.toString();
    }

    /**
     * The last lines of an op-ed or analysis often introduce its authors ("Dr. Nadia Kessler is a senior fellow
     * in …"): a short block near the end whose every sentence opens with a name and "is a", "is an" or "is the".
     */
    private void markAuthorBios(List<Block> blocks) {
        int seen = 0;
        for (int i = blocks.size() - 1; i >= 0 && seen < BIO_REACH; i--) {
            Block b = blocks.get(i);
            if (!b.unclassified()) {
                continue;
            }
            seen++;
            if (b.words() <= MAX_BIO_WORDS && isBio(b.text()) && !reportsSpeech(b.text())) {
                blocks.set(i, b.classified(true, "author-bio"));
            }
        }
    }

    /**
     * "Tom Behr is the director of the port authority. He told reporters that …": a news paragraph that
     * introduces a source and reports what they said is no note on the writer.
     */
    private boolean reportsSpeech(String text) {
        if (text.indexOf('"') >= 0 || text.indexOf('“') >= 0) {
            return true;
        }
        List<String> words = Texts.words(text);
        for (int i = 1; i < words.size(); i++) {
            String verb = words.get(i).toLowerCase(Locale.ROOT);
            String before = words.get(i - 1);
            // "He told reporters", "Behr said": a report in the past; not "she writes about" or "has reported from"
            if (reportingVerbs.contains(verb) && (isRegularPast(verb) || irregularPast.contains(verb))
                    && (subjectPronouns.contains(before.toLowerCase(Locale.ROOT)) || Texts.startsUpper(before))) {
                return true;
            }
        }
        return false;
    }

    private boolean isRegularPast(String verb) {
        for (String ending : pastEndings) {
            if (verb.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private boolean isBio(String text) {
        String t = text.strip();
        int space = t.indexOf(' ');
        // "El Cerro Rico es explotado …": a name never opens with a determiner
        return bio.matcher(t).lookingAt() && (space < 0 || !determiners.contains(t.substring(0, space).toLowerCase(Locale.ROOT)));
    }

    /**
     * Lines that name the authors with a cue or a separator ("By …", "Words: …", "Ana Ruiz | The Ledger") are
     * bylines; a bare name is the author line when a date stamp, a byline or a staff title ("Staff Writer") stands
     * right above or below it.
     */
    private void markBylines(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.unclassified() && !"teaser-headline".equals(b.rule())) {
                continue;
            }
            Bylines.Byline byline = bylines.parse(b.text().strip());
            if (byline != null && !byline.bare()) {
                blocks.set(i, b.classified(true, BYLINE));
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Bylines.Byline byline = b.unclassified() ? bylines.parse(b.text().strip()) : null;
            if (byline == null || !byline.bare()) {
                continue;
            }
            boolean besideMeta = isMeta(blocks, i - 1) || isMeta(blocks, i + 1) || isStaffTitle(blocks, i + 1);
            if (besideMeta) {
                blocks.set(i, b.classified(true, AUTHOR_LINE));
                if (isStaffTitle(blocks, i + 1)) {
                    blocks.set(i + 1, blocks.get(i + 1).classified(true, "staff-title"));
                }
            }
        }
    }

    /** A bare name between the headline and the story, with only page furniture around it, is the author line. */
    private void markAuthorBelowHeadline(List<Block> blocks, int headline) {
        if (headline < 0) {
            return;
        }
        for (int i = headline + 1; i < blocks.size() && !blocks.get(i).unclassified(); i++) {
            Block b = blocks.get(i);
            if (BYLINE.equals(b.rule()) || AUTHOR_LINE.equals(b.rule())) {
                return;
            }
            boolean plainLine = "teaser-headline".equals(b.rule()) || "short-line".equals(b.rule())
                    || SUBHEADING.equals(b.rule());
            Bylines.Byline byline = plainLine ? bylines.parse(b.text().strip()) : null;
            if (byline != null && byline.bare()) {
                blocks.set(i, b.classified(true, AUTHOR_LINE));
                return;
            }
        }
    }

    private boolean isMeta(List<Block> blocks, int i) {
        if (i < 0 || i >= blocks.size()) {
            return false;
        }
        String rule = blocks.get(i).rule();
        return isStoryStamp(blocks.get(i)) || BYLINE.equals(rule) || "min-read".equals(rule);
    }

    /**
     * A date line other than a site banner's ("Quinta-feira, 5 de junho de 2025": a weekday, no clock, no label), which
     * dates the day's edition under the outlet's name, not a story beside its author.
     */
    private boolean isStoryStamp(Block b) {
        if (!DATE_LINE.equals(b.rule())) {
            return false;
        }
        DateLines.Stamp s = dates.stamp(b.text()).orElse(null);
        return s == null || s.label() != null || !s.weekday() || CLOCK.matcher(b.text()).find();
    }

    private boolean isStaffTitle(List<Block> blocks, int i) {
        if (i < 0 || i >= blocks.size() || blocks.get(i).gapBefore()) {
            return false;
        }
        String text = blocks.get(i).text();
        int words = Texts.wordCount(text);
        boolean post = words <= MAX_STAFF_TITLE_WORDS || words <= MAX_AUTHOR_POST_WORDS && text.indexOf(',') > 0;
        return post && !LineRules.endsSentence(text) && bylines.isStaffTitle(text);
    }

    /** A bare personal name directly above or below a date stamp is the author line. */
    private void markAuthorLines(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.unclassified() || !isNameLine(b.text())) {
                continue;
            }
            boolean belowDate = i > 0 && !b.gapBefore() && isStoryStamp(blocks.get(i - 1));
            boolean aboveDate = i + 1 < blocks.size() && !blocks.get(i + 1).gapBefore() && isStoryStamp(blocks.get(i + 1));
            if (belowDate || aboveDate) {
                blocks.set(i, b.classified(true, AUTHOR_LINE));
            }
        }
    }

    static boolean isNameLine(String line) {
        if (line.length() > MAX_NAME_CHARS) {
            return false;
        }
        List<String> words = Texts.words(line);
        if (words.size() < 2 || words.size() > MAX_NAME_WORDS || !Headlines.isShortUnpunctuated(line)) {
            return false;
        }
        for (String w : words) {
            if (!Texts.startsUpper(w) || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline, a date stamp and a reading time after the article's prose open another story's card:
     * everything from that headline to the end belongs to other stories.
     */
    private static void markTeaserAfterEnd(List<Block> blocks, boolean[] prose) {
        int proseWords = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.unclassified() && prose[i]) {
                proseWords += b.words();
                continue;
            }
            // a standfirst above the byline's date and reading time is not an article that ended
            if (proseWords < MIN_ARTICLE_WORDS || !DATE_LINE.equals(b.rule()) || !readingTimeNear(blocks, i)) {
                continue;
            }
            int from = i;
            if (i > 0 && Headlines.isShortUnpunctuated(blocks.get(i - 1).text()) && !prose[i - 1]) {
                from = i - 1;
            }
            for (int k = from; k < blocks.size(); k++) {
                blocks.set(k, blocks.get(k).classified(true, "teaser-after-end"));
            }
            return;
        }
    }

    private static boolean readingTimeNear(List<Block> blocks, int i) {
        for (int j = Math.max(0, i - 2); j <= Math.min(blocks.size() - 1, i + 2); j++) {
            if ("min-read".equals(blocks.get(j).rule())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Short unpunctuated lines inside the text are either subheadings (they share a term with the paragraph
     * they introduce) or headlines of other stories placed between paragraphs.
     */
    private void markShortLines(List<Block> blocks, boolean[] prose) {
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!b.unclassified() || prose[i]) {
                continue;
            }
            if (!Headlines.isShortUnpunctuated(b.text())) {
                blocks.set(i, b.classified(true, "short-line"));
                continue;
            }
            Block next = nextUnclassified(blocks, i);
            boolean introducesNext = next != null && sharesTerm(b.text(), firstSentenceOf(next.text()));
            blocks.set(i, introducesNext ? b.classified(false, SUBHEADING) : b.classified(true, "teaser-headline"));
        }
    }

    private static Block nextUnclassified(List<Block> blocks, int i) {
        for (int j = i + 1; j < blocks.size(); j++) {
            if (blocks.get(j).unclassified()) {
                return blocks.get(j);
            }
        }
        return null;
    }

    private static String firstSentenceOf(String text) {
        int cut = text.indexOf(". ");
        return cut > 0 ? text.substring(0, cut) : text;
    }

    private boolean sharesTerm(String a, String b) {
        Set<String> terms = new HashSet<>(Texts.contentTerms(a, stopWords));
        for (String t : Texts.contentTerms(b, stopWords)) {
            if (terms.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph wedged between furniture above the first real paragraph that names no person or place the
     * headline or body names is the standfirst of another story (a sidebar or a teaser card).
     */
    private void markOffTopicStandfirsts(List<Block> blocks, int headline, boolean[] prose) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!blocks.get(i).unclassified()) {
                continue;
            }
            // "El tren de carga entre Oruro …" under "El tren de carga Oruro–Arica …" is the story itself: pages that put
            // an advert after every paragraph wedge each one between furniture, so the story's start ends the search
            boolean storyStarts = headline >= 0 && sharesTerm(blocks.get(headline).text(), blocks.get(i).text());
            if (storyStarts || !furnitureAt(blocks, i - 1) || !furnitureAt(blocks, i + 1) || !bodyFollows(blocks, i + 1, prose)) {
                break;
            }
            candidates.add(i);
        }
        if (candidates.isEmpty()) {
            return;
        }
        Map<String, Integer> blocksNaming = new HashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).unclassified() || i == headline) {
                for (String name : ProperNames.in(blocks.get(i).text(), stopWords)) {
                    blocksNaming.merge(name, 1, Integer::sum);
                }
            }
        }
        for (int i : candidates) {
            Set<String> names = ProperNames.in(blocks.get(i).text(), stopWords);
            if (!names.isEmpty() && names.stream().allMatch(n -> blocksNaming.get(n) == 1)) {
                blocks.set(i, blocks.get(i).classified(true, "off-topic-standfirst"));
            }
        }
    }

    private static boolean furnitureAt(List<Block> blocks, int i) {
        return i < 0 || i < blocks.size() && blocks.get(i).furniture();
    }

    private static boolean bodyFollows(List<Block> blocks, int from, boolean[] prose) {
        for (int j = from; j < blocks.size(); j++) {
            if (blocks.get(j).unclassified() && prose[j]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph ends a sentence; a line without final punctuation is a headline, label or teaser unless it runs
     * longer than any headline. A bulleted item with a verb's worth of words is prose too.
     */
    static boolean isProse(String line, int words) {
        return LineRules.endsSentence(line) ? words >= 3 : words > Headlines.MAX_WORDS
                || LineRules.isBulleted(line) && words >= MIN_PROSE_WORDS;
    }
}
