package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lines that name an article's authors, in the forms outlets print them: "By Ana Ruiz", "By Ana Ruiz and
 * Tom Behr, Costa Norte", "Written by …", "Words: …", "Interview by …", "Posted by … on March 24, 2025", "Ana Ruiz |
 * The Ledger", "Ana Ruiz / Staff Writer", "Ana Ruiz, Health Correspondent", "Ana Ruiz in Lima and Tom Behr in
 * London", a wire's "Reporting by Ana Ruiz in Lima; Editing by …". A bare name on its own line is a byline only
 * beside a date stamp or a staff title, which the segmenter decides. The cue words and staff titles come from the
 * language pack.
 */
final class Bylines {

    /** One byline: the authors as printed, and the outlet it names after a separator, if any. */
    record Byline(List<Span> authors, Span outlet, boolean bare, boolean wireCredit) {}

    /** A value and its UTF-16 range in the line. */
    record Span(String text, int start, int end) {}

    private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
    private static final List<String> PARTICLES = List.of("de", "del", "da", "das", "do", "dos", "di", "du", "van", "von",
            "der", "y", "e", "bin", "al", "la", "le", "los", "las");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:\\||/|,|–|—|·|•|\\s-\\s|\\bwith\\b|\\bon\\b)\\s*");
    private static final int MAX_BYLINE_CHARS = 160;
    private static final int MAX_DESK_WORDS = 4;
    private static final Pattern SIGN_OFF = Pattern.compile(
            "[—–-]\\s*(\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of|the|de|and|&|\\p{Lu}[\\p{L}'’.&-]*)){0,5})\\.?");

    /** A name, its particles ("García de la Fuente") never the pack's word for "and" ("Ana Souza e João Lima"). */
    private final String nameForm;
    /** A name perhaps followed by the place its author files from ("Ana Ruiz in Lima", "Ana Souza, de Brasília"). */
    private final Pattern nameInPlace;
    /** "and", "&" or a comma between two authors' names. */
    private final Pattern joiner;
    /** The word the desk writes between two authors ("and", "y", "e"). */
    private final String joinWord;
    private final Pattern cue;
    private final Pattern wireCredit;
    private final Set<String> staffTitles;
    /** "<Name> is a senior fellow …", "<Name> is the Ledger's … columnist". */
    private final Pattern authorNote;
    private final Set<String> notAuthors;
    private final Set<String> organisationNouns;

    Bylines(LanguagePack pack) {
        List<String> joiners = pack.entries("bylineJoiners");
        String particle = "(?:" + String.join("|", PARTICLES.stream().filter(p -> !joiners.contains(p)).toList()) + ")";
        nameForm = "(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+)?" + NAME_WORD
                + "(?:\\s+(?:" + NAME_WORD + "|" + particle + "(?:\\s+" + particle + ")?(?=\\s+\\p{Lu})))+";
        String places = String.join("|", pack.entries("bylinePlaceMarkers").stream().map(Pattern::quote).toList());
        // "de Foz do Iguaçu": a place's name may hold particles too
        nameInPlace = Pattern.compile("(" + nameForm + ")(?:,?\\s+(?:" + places
                + ")\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:" + particle + "\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,3})?");
        String and = String.join("|", joiners.stream().map(Pattern::quote).toList());
        joiner = Pattern.compile("\\s*(?:,\\s*(?:" + and + ")|(?:" + and + ")|&|,)\\s+");
        joinWord = joiners.get(0);
        cue = Pattern.compile("^(?:(?:" + String.join("|", pack.entries("bylineCues")) + ")\\s*:?\\s+)",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        wireCredit = Pattern.compile("^\\(?(?:" + String.join("|", pack.entries("wireCreditCues")) + ")\\s+",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        staffTitles = pack.words("staffTitles");
        Set<String> posts = pack.union("staffTitles", "personRoles");
        authorNote = Pattern.compile("(" + nameForm + ")\\s+is\\s+(?:a|an|the)\\s+(?:[\\p{L}'’-]+\\s+){0,6}?(?:"
                + String.join("|", posts.stream().sorted().map(Pattern::quote).toList()) + ")\\b");
        notAuthors = pack.words("notAuthors");
        organisationNouns = pack.words("organisationNouns");
    }

    /** Two authors' names joined as the language writes them ("Ana Ruiz and Tom Behr", "Ana Souza e João Lima"). */
    String join(List<String> names) {
        if (names.size() <= 2) {
            return String.join(" " + joinWord + " ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + joinWord + " " + names.get(names.size() - 1);
    }

    /** The line as a byline, or null. */
    Byline parse(String line) {
        if (line.length() > MAX_BYLINE_CHARS || LineRules.endsSentence(line) && !line.endsWith(")")
                || line.split("\\s[|•·]\\s|\\s{3,}", -1).length > 3) {
            // a navigation bar ("Live TV | Topics | Europe | World") lists sections, not authors
            return null;
        }
        Byline desk = deskByline(line);
        if (desk != null) {
            return desk;
        }
        Matcher credit = wireCredit.matcher(line);
        if (credit.find()) {
            int end = firstOf(line, ";", ")");
            List<Span> authors = names(line, credit.end(), end);
            return authors.isEmpty() ? null : new Byline(authors, null, false, true);
        }
        Matcher c = cue.matcher(line);
        int from = c.find() ? c.end() : 0;
        List<Span> authors = new ArrayList<>();
        int at = namesRun(line, from, from > 0, authors);
        if (authors.isEmpty()) {
            // "Por Redacción", "Por Agencia EFE", "Da Redação": a desk or an agency signs, no person does
            return from > 0 && isDesk(line.substring(from)) ? new Byline(List.of(), deskOutlet(line, from), false, false)
                    : null;
        }
        if (at >= line.length()) {
            return new Byline(authors, null, from == 0, false);
        }
        Matcher sep = SEPARATOR.matcher(line);
        if (!sep.find(at) || sep.start() != at) {
            return null;
        }
        String rest = line.substring(sep.end()).strip();
        if (sep.group().strip().equals("with")) {
            // "Clara Hoffmann with Reuters, AFP": agencies helped; the outlet is not named here
            return new Byline(authors, null, false, false);
        }
        if (from == 0 && !isStaffTitle(rest) && !looksLikeOutlet(rest)) {
            return null;
        }
        Span outlet = looksLikeOutlet(rest) && !isStaffTitle(rest)
                ? new Span(outletName(rest), sep.end(), sep.end() + outletName(rest).length()) : null;
        return new Byline(authors, outlet, false, false);
    }

    /**
     * "Helen Marchetti is a former deputy mayor of Cairns.", "Ana Ruiz is the Ledger's labour columnist": the note
     * on who wrote an op-ed or an analysis, naming the author; null for any other line.
     */
    Span authorNote(String line) {
        Matcher m = authorNote.matcher(line);
        if (!m.lookingAt() || !isPersonName(m.group(1), false)) {
            return null;
        }
        return new Span(stripHonorific(m.group(1)), m.start(1) + honorificLength(m.group(1)), m.end(1));
    }

    /** "— The Harbour Times" under the story: the outlet signing it; null for a person ("— Ana Ruiz") or a desk. */
    Span signOff(String line) {
        Matcher m = SIGN_OFF.matcher(line);
        if (!m.matches() || isPersonName(m.group(1), false) && !m.group(1).startsWith("The ")) {
            // "— Harbour Courier" could as well be a person signing: unknown rather than wrong
            return null;
        }
        for (String w : m.group(1).split("\\s+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (staffTitles.contains(l)) {
                // "— The Editors", "— Staff": a desk, not the outlet's name
                return null;
            }
        }
        return new Span(m.group(1), m.start(1), m.end(1));
    }

    /** "Potosí Bureau | The Altiplano Ledger", "Staff | Costa Norte": the outlet signs, no person does. */
    private Byline deskByline(String line) {
        Matcher sep = Pattern.compile("\\s[|/]\\s").matcher(line);
        if (!sep.find()) {
            return null;
        }
        String before = line.substring(0, sep.start()).strip();
        String rest = line.substring(sep.end()).strip();
        if (Texts.wordCount(before) > 4 || !isStaffTitle(before) || !looksLikeOutlet(rest)) {
            return null;
        }
        Span named = deskOutlet(line.substring(0, sep.start()), 0);
        if (named != null) {
            // "Redacción Onda Sur | Algeciras": the desk names its outlet, the rest is where it sits
            return new Byline(List.of(), named, false, false);
        }
        String outlet = outletName(rest);
        return new Byline(List.of(), new Span(outlet, sep.end(), sep.end() + outlet.length()), false, false);
    }

    private static int firstOf(String s, String... marks) {
        int end = s.length();
        for (String m : marks) {
            int i = s.indexOf(m);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    /** The names in [from, to) joined by "and", "&" or commas, each perhaps "in" a place. */
    private List<Span> names(String line, int from, int to) {
        List<Span> out = new ArrayList<>();
        int at = namesRun(line.substring(0, to), from, true, out);
        return at > from ? out : List.of();
    }

    /**
     * Reads names from {@code from}; returns where the run of names ends. After a cue ("By JANE MORROW") a name may
     * be printed in capitals; it is given in title case.
     */
    private int namesRun(String line, int from, boolean cued, List<Span> out) {
        int at = from;
        boolean closed = false;
        while (true) {
            Matcher m = nameInPlace.matcher(line);
            m.region(at, line.length());
            if (!m.lookingAt() || !isPersonName(m.group(1), cued)) {
                return out.isEmpty() ? from : at;
            }
            out.add(new Span(titleCased(stripHonorific(m.group(1))), m.start(1) + honorificLength(m.group(1)), m.end(1)));
            at = m.end();
            Matcher join = joiner.matcher(line);
            join.region(at, line.length());
            // "By Ana Ruiz and Tom Behr, Costa Norte": after "and" the list is closed, a comma brings the outlet
            if (!join.lookingAt() || closed) {
                return at;
            }
            closed = !join.group().strip().equals(",");
            Matcher next = nameInPlace.matcher(line);
            next.region(join.end(), line.length());
            if (!next.lookingAt() || !isPersonName(next.group(1), cued)) {
                return at;
            }
            at = join.end();
        }
    }

    private boolean isPersonName(String name, boolean cued) {
        if (name.chars().noneMatch(Character::isLowerCase) && !cued) {
            // "PRENSA PLURINACIONAL": an outlet signing in capitals, not a person
            return false;
        }
        String[] words = stripHonorific(name).split("\\s+");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String w : words) {
            String l = w.toLowerCase(Locale.ROOT).replace(".", "");
            if (notAuthors.contains(l) || organisationNouns.contains(l) || staffTitles.contains(l)) {
                return false;
            }
        }
        return true;
    }

    /** "JANE MORROW" as "Jane Morrow"; a name with lower-case letters stays as printed. */
    private static String titleCased(String name) {
        if (name.chars().anyMatch(Character::isLowerCase)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            // "O'BRIEN" → "O'Brien", "JEAN-PAUL" → "Jean-Paul"
            start = !Character.isLetter(c);
        }
        return out.toString();
    }

    private static String stripHonorific(String name) {
        return name.substring(honorificLength(name));
    }

    private static int honorificLength(String name) {
        Matcher m = Pattern.compile("^(?:Dr|Prof|Mr|Mrs|Ms)\\.?\\s+").matcher(name);
        return m.find() ? m.end() : 0;
    }

    /**
     * The outlet a desk names after its staff word ("Redacción CNA Noticias" → "CNA Noticias"), or null for a desk
     * alone ("Redacción") or an agency ("Agencia EFE"), which may have written for any outlet.
     */
    private Span deskOutlet(String line, int from) {
        Matcher m = Pattern.compile("\\S+").matcher(line);
        m.region(from, line.length());
        int start = -1;
        int staffWords = 0;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            if (start < 0 && (staffTitles.contains(w) || w.isEmpty())) {
                staffWords++;
                continue;
            }
            // "Potosí Bureau": a place's bureau names no outlet; "Agencia EFE": an agency is no outlet of the page
            if (start < 0 && (staffWords == 0 || notAuthors.contains(w) || !Texts.startsUpper(m.group()))) {
                return null;
            }
            start = start < 0 ? m.start() : start;
        }
        if (start < 0) {
            return null;
        }
        String name = outletName(line.substring(start));
        return name.isEmpty() || !looksLikeOutlet(name) ? null : new Span(name, start, start + name.length());
    }

    /** A few words naming a desk or an agency ("Redacción", "Agencia EFE", "Staff"), no sentence. */
    private boolean isDesk(String rest) {
        String t = rest.strip();
        if (t.isEmpty() || Texts.wordCount(t) > MAX_DESK_WORDS || LineRules.endsSentence(t) || !Texts.startsUpper(t)) {
            return false;
        }
        for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (staffTitles.contains(w) || notAuthors.contains(w) && w.length() > 2) {
                return true;
            }
        }
        return false;
    }

    /** "Staff Writer", "Americas Correspondent", "Research Associate": the author's post, not an outlet. */
    boolean isStaffTitle(String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (staffTitles.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised words, not a date, not a list of agencies: "The Isthmus Review", "Costa Norte". */
    private boolean looksLikeOutlet(String rest) {
        String name = outletName(rest);
        if (cue.matcher(name).find() || name.toLowerCase(Locale.ROOT).contains(" by ")) {
            return false;
        }
        if (name.isEmpty() || !Texts.startsUpper(name) || Character.isDigit(name.charAt(name.length() - 1))) {
            return false;
        }
        return name.split("\\s+").length <= 6;
    }

    /** The rest up to the next separator: "The Ledger | Photos: X" → "The Ledger". */
    private static String outletName(String rest) {
        return rest.split("\\s*(?:\\||/|·|,|\\s[–—-]\\s)\\s*", 2)[0].strip();
    }
}
