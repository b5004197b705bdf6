package io.claimdesk.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a claim says that needs no translation, so claims in English, Spanish and Portuguese compare: keys (e: name
 * keys, p: places and organisations, x: concepts, q: counted amounts, y: years, d: dates) with the words they came
 * from, the amounts with the concepts and names of their clause, and the dates.
 *
 * @param countries the place keys that are countries: a country in common is never enough to link two claims
 */
record CrossFeatures(String language, Map<String, String> keys, List<Quantity> quantities, List<Dated> dates,
                     Set<String> countries, Set<String> genericConcepts) {

    /** A date as written: a whole date, or a month of a year (day 0). */
    record Dated(int year, int month, int day, String surface) {
        boolean whole() {
            return day > 0;
        }

        String key() {
            return whole() ? "d:" + LocalDate.of(year, month, day) : "d:" + year + "-" + (month < 10 ? "0" : "") + month;
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** "$", "US$", "R$" before a figure: money, whichever dollar or real. */
    private static final Pattern CURRENCY = Pattern.compile("^(US|U\\.S\\.|R)?\\$");
    /** "1.500", "2.000.000": thousands grouped by dots, as Spanish and Portuguese write them. */
    private static final Pattern DOT_GROUPS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern COMMA_GROUPS = Pattern.compile("\\d{1,3}(,\\d{3})+");
    private static final Pattern CLAUSE_MARK = Pattern.compile("[,;:–—()]");
    private static final Set<String> OF = Set.of("of", "de", "do", "da", "dos", "das", "del");
    private static final Set<String> JOINS = Set.of("and", "but", "while", "y", "e", "pero", "mas", "mientras", "enquanto");
    private static final Set<String> VAGUE = Set.of("hundreds", "thousands", "dozens", "cientos", "miles", "decenas",
            "centenares", "centenas", "milhares", "dezenas");
    private static final Set<String> PERCENT = Set.of("percent", "%", "por ciento", "por cento", "per cent");
    private static final int CONTEXT = 6;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2099;

    static CrossFeatures of(String text, String language, CrossLexicon lexicon) {
        List<Words.Token> tokens = Words.tokens(text);
        String lang = language != null && CrossLexicon.LANGUAGES.contains(language) ? language : CrossLexicon.guess(tokens);
        return new Reader(text, tokens, lang, lexicon).read();
    }

    /** The keys that only place a claim (a country, a generic concept, a bare year), never enough to link. */
    boolean weak(String key) {
        return countries.contains(key) || genericConcepts.contains(key) || key.startsWith("y:");
    }

    /** One pass over a claim's words: dates, then phrases of the lexicon, then amounts, names and years. */
    private static final class Reader {
        private final String text;
        private final List<Words.Token> tokens;
        private final String lang;
        private final CrossLexicon lexicon;
        private final String[] normal;
        private final String[] owner;
        private final boolean[] used;
        private final Map<String, String> keys = new LinkedHashMap<>();
        private final List<Dated> dates = new ArrayList<>();
        private final Set<String> countries = new HashSet<>();
        private final Set<String> generic = new HashSet<>();
        private final Map<Integer, CrossLexicon.Phrase> unitAt = new java.util.HashMap<>();

        Reader(String text, List<Words.Token> tokens, String lang, CrossLexicon lexicon) {
            this.text = text;
            this.tokens = tokens;
            this.lang = lang;
            this.lexicon = lexicon;
            normal = new String[tokens.size()];
            owner = new String[tokens.size()];
            used = new boolean[tokens.size()];
            for (int i = 0; i < tokens.size(); i++) {
                normal[i] = CrossLexicon.normal(tokens.get(i).lower(), lang);
            }
        }

        CrossFeatures read() {
            for (int i = 0; i < tokens.size(); i++) {
                date(i);
            }
            for (int i = 0; i < tokens.size(); i++) {
                phrase(i);
            }
            List<Quantity> quantities = new ArrayList<>();
            for (int i = 0; i < tokens.size(); i++) {
                if (!used[i]) {
                    amount(i, quantities);
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (!used[i]) {
                    name(i);
                }
            }
            return new CrossFeatures(lang, keys, quantities, dates, countries, generic);
        }

        /** "20 de julio de 2023", "20 de julho de 2023", "July 20, 2023", "20 July 2023", "julio de 2023". */
        private void date(int i) {
            Integer month = lexicon.month(tokens.get(i).lower());
            if (month == null || used[i] || "may".equals(tokens.get(i).text())) {
                return;
            }
            int first = i;
            int day = 0;
            int before = i - 1 >= 0 && OF.contains(tokens.get(i - 1).lower()) ? i - 2 : i - 1;
            if (before >= 0 && dayNumber(before) > 0) {
                day = dayNumber(before);
                first = before;
            }
            int next = i + 1;
            if (day == 0 && next < tokens.size() && dayNumber(next) > 0 && !year(next)) {
                day = dayNumber(next);
                next++;
            }
            if (next < tokens.size() && OF.contains(tokens.get(next).lower())) {
                next++;
            }
            if (next >= tokens.size() || !year(next)) {
                if (day > 0) {
                    // a day and month without a year: the day is no amount, but nothing dates the claim
                    for (int k = first; k <= i + (first == i ? 1 : 0) && k < tokens.size(); k++) {
                        used[k] = true;
                    }
                }
                return;
            }
            int year = Integer.parseInt(tokens.get(next).text());
            Dated d = new Dated(year, month, day, text.substring(tokens.get(first).start(), tokens.get(next).end()));
            dates.add(d);
            keys.putIfAbsent(d.key(), d.surface());
            keys.putIfAbsent("y:" + year, Integer.toString(year));
            for (int k = first; k <= next; k++) {
                used[k] = true;
            }
        }

        private int dayNumber(int at) {
            String t = tokens.get(at).text();
            if (!DIGITS.matcher(t).matches() || t.length() > 2) {
                return 0;
            }
            int d = Integer.parseInt(t);
            return d >= 1 && d <= 31 ? d : 0;
        }

        private boolean year(int at) {
            String t = tokens.get(at).text();
            if (t.length() != 4 || !DIGITS.matcher(t).matches()) {
                return false;
            }
            int y = Integer.parseInt(t);
            return y >= MIN_YEAR && y <= MAX_YEAR;
        }

        /**
         * The longest concept, place or organisation of the lexicon that starts here, and the longest unit: a word
         * can be both ("acuerdos" is the concept of agreements and counts agreements).
         */
        private void phrase(int i) {
            if (used[i]) {
                return;
            }
            CrossLexicon.Phrase found = null;
            for (CrossLexicon.Phrase p : lexicon.phrases(lang, normal[i])) {
                if (!matches(p, i)) {
                    continue;
                }
                if (p.kind() == CrossLexicon.Kind.UNIT) {
                    unitAt.putIfAbsent(i, p);
                } else if (found == null) {
                    found = p;
                }
            }
            if (found == null) {
                return;
            }
            int end = i + found.words().size();
            String key = (found.kind() == CrossLexicon.Kind.PLACE ? "p:" : "x:") + found.id();
            keys.putIfAbsent(key, text.substring(tokens.get(i).start(), tokens.get(end - 1).end()));
            if (found.country()) {
                countries.add(key);
            }
            if (found.generic()) {
                generic.add(key);
            }
            for (int k = i; k < end; k++) {
                owner[k] = key;
                // a concept's or a place's words are no names ("Ministro de Defensa") and no figures
                used[k] = true;
            }
        }

        private boolean matches(CrossLexicon.Phrase p, int i) {
            List<String> words = p.words();
            if (i + words.size() > tokens.size()) {
                return false;
            }
            Words.Token first = tokens.get(i);
            if (p.exactCase() ? !first.text().replace(".", "").equals(p.written().replace(".", ""))
                    : p.capital() && !first.capitalised()) {
                return false;
            }
            for (int k = 0; k < words.size(); k++) {
                if (!words.get(k).equals(normal[i + k])) {
                    return false;
                }
            }
            return true;
        }

        /** A figure in English, Spanish or Portuguese writing, with its scale, hedge and unit. */
        private void amount(int i, List<Quantity> out) {
            Words.Token t = tokens.get(i);
            String raw = t.text();
            boolean money = raw.contains("$") || i > 0 && tokens.get(i - 1).text().endsWith("$");
            String digits = CURRENCY.matcher(raw).replaceAll("");
            Double value = parse(digits);
            boolean wordNumber = false;
            if (value == null) {
                value = lexicon.number(lang, t.lower());
                wordNumber = value != null;
            }
            if (value == null || VAGUE.contains(t.lower())) {
                return;
            }
            if (!money && !wordNumber && year(i)) {
                keys.putIfAbsent("y:" + raw, raw);
                return;
            }
            int j = i + 1;
            // "dos mil", "2,5 millones", "1.500 millones", "mil millones"
            while (j < tokens.size()) {
                String two = j + 1 < tokens.size() ? tokens.get(j).lower() + " " + tokens.get(j + 1).lower() : null;
                Double scale = two == null ? null : lexicon.scale(lang, two);
                if (scale != null) {
                    value *= scale;
                    j += 2;
                    continue;
                }
                scale = lexicon.scale(lang, tokens.get(j).lower());
                if (scale == null) {
                    break;
                }
                value *= scale;
                j++;
            }
            for (int k = i; k < j; k++) {
                used[k] = true;
            }
            String unit = null;
            String after = j < tokens.size() ? tokens.get(j).lower() : "";
            boolean percent = text.startsWith("%", t.end()) || PERCENT.contains(after)
                    || j + 1 < tokens.size() && PERCENT.contains(after + " " + tokens.get(j + 1).lower());
            if (percent) {
                unit = "percent";
            }
            int unitEnd = j;
            if (unit == null && j < tokens.size() && countries.contains(owner[j]) && after.endsWith("s")) {
                // "tres iraníes", "four Iranians": a demonym counts people
                unit = "people";
                unitEnd = j + 1;
            }
            for (int k = j; unit == null && k < Math.min(tokens.size(), j + 3); k++) {
                CrossLexicon.Phrase u = unitAt.get(k);
                if (u != null) {
                    unit = u.id();
                    unitEnd = k + u.words().size();
                } else if (boundary(k, k + 1)) {
                    break;
                }
            }
            if (unit == null && i >= 2 && OF.contains(tokens.get(i - 1).lower())) {
                // "una delegación de 120", "a delegation of 120": the group before "of" says what is counted
                String before = owner[i - 2];
                CrossLexicon.Phrase group = unitAt.get(i - 2);
                unit = "x:delegation".equals(before) ? "people" : group == null ? null : group.id();
            }
            if (money || "money".equals(unit)) {
                unit = "money";
            }
            if (unit == null) {
                return;
            }
            String surface = text.substring(t.start(), tokens.get(Math.max(i, unitEnd - 1)).end());
            Quantity q = new Quantity(value, unit, surface, hedged(i)).in(context(i, unitEnd));
            out.add(q);
            keys.putIfAbsent(q.key(), surface);
        }

        private Double parse(String digits) {
            if (digits.isEmpty() || !Character.isDigit(digits.charAt(0))) {
                return null;
            }
            String d = digits;
            if (DOT_GROUPS.matcher(d).matches() && !lang.equals("en")) {
                d = d.replace(".", "");
            } else if (COMMA_GROUPS.matcher(d).matches()) {
                d = d.replace(",", "");
            } else if (!lang.equals("en")) {
                d = d.replace(".", "").replace(',', '.');
            } else {
                d = d.replace(",", "");
            }
            try {
                return Double.parseDouble(d);
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private boolean hedged(int at) {
            for (List<String> h : lexicon.hedges(lang)) {
                int from = at - h.size();
                if (from < 0) {
                    continue;
                }
                boolean all = true;
                for (int k = 0; k < h.size() && all; k++) {
                    all = CrossLexicon.fold(tokens.get(from + k).lower()).equals(h.get(k));
                }
                if (all) {
                    return true;
                }
            }
            return false;
        }

        /** The concepts, places and names of the figure's own clause, its unit's words left out. */
        private Set<String> context(int numberAt, int unitEnd) {
            Set<String> out = new HashSet<>();
            for (int k = numberAt - 1; k >= Math.max(0, numberAt - CONTEXT) && !boundary(k, k + 1); k--) {
                addContext(k, out);
            }
            for (int k = unitEnd; k < Math.min(tokens.size(), unitEnd + CONTEXT) && !boundary(k - 1, k); k++) {
                addContext(k, out);
            }
            return out;
        }

        private void addContext(int k, Set<String> out) {
            String key = owner[k];
            if (key != null && !countries.contains(key)) {
                out.add(key);
            }
        }

        private boolean boundary(int left, int right) {
            if (left < 0 || right >= tokens.size()) {
                return true;
            }
            String gap = text.substring(tokens.get(left).end(), tokens.get(right).start());
            return CLAUSE_MARK.matcher(gap).find() || JOINS.contains(tokens.get(right).lower());
        }

        /** A capitalised word that no lexicon knows: a person, an organisation, a place the lexicon lacks. */
        private void name(int i) {
            Words.Token t = tokens.get(i);
            String lower = t.lower();
            if (!t.capitalised() || lower.length() < 2 || !Character.isLetter(t.text().codePointAt(0))
                    || lexicon.notName(lower) || lexicon.number(lang, lower) != null) {
                return;
            }
            for (String part : t.text().split("[-‐]")) {
                String key = Words.nameKey(part);
                if (key.length() >= 2 && !lexicon.notName(part.toLowerCase(java.util.Locale.ROOT))) {
                    keys.putIfAbsent("e:" + key, part.replaceAll("[.’']+$", ""));
                    owner[i] = "e:" + key;
                }
            }
        }
    }
}
