package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question-and-answer interview: body paragraphs that are the interviewer's questions ("Q:", "Meridian:", or
 * a short paragraph ending in a question mark) alternating with the answers. An answer speaks in the
 * interviewee's voice even where no reporting verb says so: the name its label gives ("Mohtadi:"), else the
 * person the introduction names most often ("We spoke with Mónica Villablanca, director of …").
 */
final class Interview {

    /** "Q:", "A:", "Mohtadi:", "Dr. Vasconcelos —" at a paragraph's start. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?<label>\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3})\\s*(?::|\\s[—–]\\s)\\s*");
    private static final int MIN_QUESTIONS = 3;
    /** The page's rule for a short question standing alone as a paragraph. */
    private static final String QUESTION_HEADING = "question-heading";
    private static final int MAX_QUESTION_WORDS = 70;

    enum Role { NONE, QUESTION, ANSWER }

    private final Map<Block, Role> roles = new HashMap<>();
    private final Map<Block, String> voices = new HashMap<>();
    private String interviewee;
    private final Map<Block, Integer> labelEnds = new HashMap<>();

    private Interview() {
    }

    static final Interview NONE = new Interview();

    /**
     * The interview structure of the body blocks, or {@link #NONE} when they are not an interview.
     *
     * @param offices words naming an office or an honorific: the interviewee is introduced with one
     */
    static Interview of(List<Block> body, List<Block> all, LanguagePack pack, java.util.Set<String> offices) {
        java.util.Set<String> questionLabels = pack.words("questionLabels");
        java.util.Set<String> answerLabels = pack.words("answerLabels");
        List<Integer> questions = new ArrayList<>();
        List<Block> dialogue = dialogue(body, all);
        for (int i = 0; i < dialogue.size(); i++) {
            if (!Segmenter.BODY.equals(dialogue.get(i).rule()) || isQuestion(dialogue.get(i), questionLabels)) {
                questions.add(i);
            }
        }
        body = dialogue;
        if (questions.size() < MIN_QUESTIONS || questions.size() * 3 < body.size() - questions.get(0)) {
            return NONE;
        }
        Interview interview = new Interview();
        String interviewee = interviewee(body.subList(0, questions.get(0)), all, pack, offices);
        interview.interviewee = interviewee;
        for (int i = questions.get(0); i < body.size(); i++) {
            Block b = body.get(i);
            Matcher label = LABEL.matcher(b.text());
            boolean labelled = label.find();
            if (labelled) {
                interview.labelEnds.put(b, label.end());
            }
            if (questions.contains(i)) {
                interview.roles.put(b, Role.QUESTION);
                continue;
            }
            interview.roles.put(b, Role.ANSWER);
            String name = labelled ? label.group("label") : null;
            boolean named = name != null && !answerLabels.contains(name.toLowerCase(java.util.Locale.ROOT));
            interview.voices.put(b, named ? name : interviewee);
        }
        return interview;
    }

    /**
     * The body with the dialogue questions the page set apart as headings ("—¿Qué vio durante sus años en el SAIME?"
     * standing alone): an interview's questions are not its body, but they say where the answers are.
     */
    private static List<Block> dialogue(List<Block> body, List<Block> all) {
        if (body.isEmpty()) {
            return body;
        }
        List<Block> out = new ArrayList<>(all.size());
        boolean started = false;
        for (Block b : all) {
            started |= b == body.get(0);
            if (started && (Segmenter.BODY.equals(b.rule()) || QUESTION_HEADING.equals(b.rule()) && opensDialogue(b))) {
                out.add(b);
            }
        }
        return out;
    }

    /** "—¿Tiene pruebas?": a dialogue dash opens the line, as Spanish and Portuguese interviews set questions. */
    private static boolean opensDialogue(Block b) {
        String text = b.text().strip();
        return !text.isEmpty() && "—–".indexOf(text.charAt(0)) >= 0;
    }

    private static boolean isQuestion(Block b, java.util.Set<String> questionLabels) {
        String text = b.text().strip();
        Matcher label = LABEL.matcher(text);
        if (label.find() && questionLabels.contains(label.group("label").toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        char last = Texts.lastVisible(text, 0, text.length());
        return last == '?' && Texts.wordCount(text) <= MAX_QUESTION_WORDS;
    }

    /**
     * The person the introduction and headline name most often, by surname; a mention next to an office
     * ("We spoke with Mónica Villablanca, director of …", "Ambassador Mohtadi") counts for more than a bare one,
     * which keeps an organisation with a name-like name ("Aguas del Elqui") from being taken for the interviewee.
     */
    private static String interviewee(List<Block> intro, List<Block> all, LanguagePack pack,
                                      java.util.Set<String> offices) {
        NameIndex names = new NameIndex(pack);
        List<Words> texts = new ArrayList<>();
        for (Block b : intro) {
            texts.add(new Words(b.text()));
        }
        for (Block b : all) {
            if (Segmenter.HEADLINE.equals(b.rule())) {
                texts.add(new Words(b.text()));
            }
        }
        texts.forEach(names::addNamesFrom);
        Map<String, Integer> mentions = new HashMap<>();
        String best = null;
        for (Words w : texts) {
            for (int i = 0; i < w.size(); i++) {
                String full = names.fullNameOf(w.word(i));
                if (full != null) {
                    int n = mentions.merge(full, nearOffice(w, i, offices) ? 3 : 1, Integer::sum);
                    if (best == null || n > mentions.get(best)) {
                        best = full;
                    }
                }
            }
        }
        return best;
    }

    /** An office or honorific within two words before the name, or right after the comma that follows it. */
    private static boolean nearOffice(Words w, int i, java.util.Set<String> offices) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (offices.contains(w.lower(k))) {
                return true;
            }
        }
        int after = i + 1;
        while (after < w.size() && Texts.startsUpper(w.word(after)) && w.charAfter(after - 1) != ',') {
            after++;
        }
        if (after < w.size() && w.charAfter(after - 1) == ',') {
            for (int k = after; k < Math.min(w.size(), after + 3); k++) {
                if (offices.contains(w.lower(k))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The one the questions are put to ("you" in a question), or null. */
    String interviewee() {
        return interviewee;
    }

    Role role(Block b) {
        return roles.getOrDefault(b, Role.NONE);
    }

    /** Who speaks in an answer block, or null. */
    String voice(Block b) {
        return voices.get(b);
    }

    /** Where the block's text starts after its "Q:" or "Name:" label (0 without one), UTF-16 in the block. */
    int labelEnd(Block b) {
        return labelEnds.getOrDefault(b, 0);
    }

    boolean isInterview() {
        return !roles.isEmpty();
    }
}
