package io.claimdesk.extraction;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's title, authors, publication date and outlet from the page it was pasted from, and only
 * from places that state them: the headline; a byline in any of its common forms; a date stamp beside the
 * headline or byline, a "Published" label, a wire dateline with its year; a masthead, a copyright line, a
 * "Follow X on" line, a wire dateline's agency, the outlet named in a byline, or the address the editor gave.
 * A banner carrying the day's date, a date inside the story and a teaser's date are never the publication date.
 * Where the places disagree the value stays unknown and every candidate is returned with the words it came
 * from, for an editor to pick.
 */
public final class MetadataReader {

    /**
     * A value and where it came from: UTF-16 offsets of the words in the text, or -1 when it came from around the
     * text (the address), with {@code source} naming the kind of place ("byline", "copyright line", "address").
     */
    public record Found<T>(T value, int start, int end, String source) {}

    /** What the page states; a null value is unknown, and its candidates say why when there were several. */
    public record Metadata(Found<String> title, Found<String> author, Found<LocalDate> published, Found<String> outlet,
                           List<Found<String>> authorCandidates, List<Found<LocalDate>> publishedCandidates,
                           List<Found<String>> outletCandidates) {}

    /** "CARACAS, March 3 (Reuters) -", "LA PAZ, 12 mar (EFE).-", "LA PAZ (AP) —", "MEDELLÍN, Colombia, Nov. 12, 2026 /Andes Newswire/ --". */
    private static final Pattern WIRE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40}(?:,[^()/]{1,60}?)?\\s*(?:\\((?<agency>\\p{Lu}[\\p{L}&. -]{0,30})\\)|/(?<wire>\\p{Lu}[\\p{L}&. -]{0,40})/)\\s*\\.?\\s*[-–—]");
    /** "CITY, Country, October 29, 2025 –": a dateline that gives the year. */
    private static final Pattern DATELINE_HEAD = Pattern.compile("^\\p{Lu}[\\p{Lu}\\p{L} .'’-]{1,40},[^–—]{1,60}?[-–—]");
    private static final int MAX_MASTHEAD_WORDS = 8;
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?:https?://)?(?:www\\.)?[\\w-]+(?:\\.[\\w-]+)+/?");
    /** The bar between a date stamp and what follows it on the line. */
    private static final Pattern STAMP_TAIL = Pattern.compile("\\s*[|·•]\\s*");
    private static final java.util.Set<String> CONTACT_HEADINGS = java.util.Set.of("about-heading", "contact");
    private static final int MASTHEAD_REACH = 3;
    /** " | The Harbour Times" at the end of a title line. */
    private static final Pattern TITLE_SITE = Pattern.compile(
            "\\s\\|\\s+(\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:of|the|de|and|&|\\p{Lu}[\\p{L}'’.&-]*)){0,4})\\s*$");
    /** Lines into the story where a note on its author still stands at its start; at its end, any line after. */
    private static final int AUTHOR_NOTE_REACH = 2;
    private static final Pattern DEFINED_ACRONYM = Pattern.compile(
            "(?<name>\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:\\p{Lu}[\\p{L}'’-]*|of|for|and|de|del|la|los|el)){1,8})[ \\t]+\\((?<acronym>\\p{Lu}{2,8})\\)");

    /** "© 2026 The Ledger. All rights reserved.", "Follow The Ledger on X", "Switch to Iranwire Light?" (pack patterns). */
    private final Pattern copyright;
    private final Pattern follow;
    private final Pattern siteEdition;
    private final Segmenter segmenter;
    private final Bylines bylines;
    private final DateLines dates;
    private final java.util.Set<String> sectionWords;
    /** Numbers and determiners: "Part Two", "A Special Report" after a title's bar name no site. */
    private final java.util.Set<String> notSiteWords;
    private final java.util.Set<String> companySuffixes;
    private final List<String> mastheadSuffixes;
    /** Lower-case words a masthead's name may hold ("of", "de", "do"). */
    private final java.util.Set<String> mastheadJoiners;

    public MetadataReader(LanguagePack pack) {
        segmenter = new Segmenter(pack);
        copyright = Pattern.compile(pack.pattern("copyrightLine"));
        follow = Pattern.compile(pack.pattern("followLine"));
        siteEdition = Pattern.compile(pack.pattern("siteEdition"));
        bylines = new Bylines(pack);
        dates = new DateLines(pack);
        sectionWords = pack.words("sectionWords");
        notSiteWords = pack.union("numberWords", "determiners");
        companySuffixes = pack.words("companySuffixes");
        mastheadSuffixes = pack.entries("mastheadSuffixes");
        mastheadJoiners = pack.words("mastheadJoiners");
    }

    /**
     * @param url          the address the editor gave with the text, or null
     * @param knownDomains outlets the desk knows by their web domain ("reuters.com" → "Reuters")
     */
    public Metadata read(String text, String url, Map<String, String> knownDomains) {
        List<Block> blocks = segmenter.segment(text);
        int headline = -1;
        int firstBody = -1;
        int lastBody = -1;
        for (int i = 0; i < blocks.size(); i++) {
            String rule = blocks.get(i).rule();
            if (Segmenter.HEADLINE.equals(rule) && headline < 0) {
                headline = i;
            }
            if (Segmenter.BODY.equals(rule)) {
                firstBody = firstBody < 0 ? i : firstBody;
                lastBody = i;
            }
        }
        Found<String> title = headline < 0 ? null : new Found<>(Texts.normalizeSpace(blocks.get(headline).text()),
                blocks.get(headline).start(), blocks.get(headline).end(), "headline");
        Found<String> site = title == null ? null : siteAfterTitle(blocks.get(headline));
        if (site != null) {
            // "Port strike enters second week | The Harbour Times": the browser's title, the site's name after it
            Block h = blocks.get(headline);
            String head = text.substring(h.start(), site.start()).replaceFirst("\\s*\\|\\s*$", "");
            title = new Found<>(Texts.normalizeSpace(head), h.start(), h.start() + head.length(), "headline");
        }
        List<Found<String>> authors = authors(blocks);
        List<Found<LocalDate>> published = published(blocks, headline, firstBody, lastBody);
        List<Found<String>> outlets = outlets(text, blocks, firstBody, lastBody, url, knownDomains);
        if (site != null) {
            outlets.add(site);
        }
        Map<String, String> acronyms = new java.util.HashMap<>();
        definedAcronyms(text, acronyms);
        return new Metadata(title, firstOrNull(authors), chosen(published), chosenOutlet(outlets, acronyms), authors,
                published, outlets);
    }

    private static <T> Found<T> firstOrNull(List<Found<T>> found) {
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The site's name after the title as a browser shows it ("… | The Harbour Times"): a few capitalised words, not
     * a section ("… | Opinion"); null for a headline without one.
     */
    private Found<String> siteAfterTitle(Block headline) {
        Matcher m = TITLE_SITE.matcher(headline.text());
        if (!m.find()) {
            return null;
        }
        String name = m.group(1);
        String[] words = name.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i].toLowerCase(java.util.Locale.ROOT);
            // "… | Opinion", "… | Part Two", "… | A Special Report": a section or a series, not the site
            if (sectionWords.contains(w) || notSiteWords.contains(w) && !(i == 0 && w.equals("the"))) {
                return null;
            }
        }
        return new Found<>(name, headline.start() + m.start(1), headline.start() + m.end(1), "page title");
    }

    /** The first byline before the story, else a wire's "Reporting by" credit. */
    private List<Found<String>> authors(List<Block> blocks) {
        List<Found<String>> bylineAuthors = new ArrayList<>();
        List<Found<String>> credits = new ArrayList<>();
        int lastByline = -2;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            String rule = b.rule();
            boolean candidate = Segmenter.BYLINE.equals(rule) || Segmenter.AUTHOR_LINE.equals(rule)
                    || "staff-credits".equals(rule) || "posted-by".equals(rule);
            if (Segmenter.DATE_LINE.equals(rule)) {
                // "Postado em 09/02/2024 às 21h47 | Por Carlos Nunes": the stamp, then the byline after a bar
                bylineAfterStamp(b).ifPresent(bylineAuthors::add);
                continue;
            }
            if (!candidate || k > 0 && CONTACT_HEADINGS.contains(blocks.get(k - 1).rule())) {
                // "Media contact:" over "Ana Ruiz, Senior Manager": who answers the press, not who wrote
                continue;
            }
            String line = b.text().strip();
            int offset = b.start() + b.text().indexOf(line);
            Bylines.Byline byline = bylines.parse(line);
            if (byline == null || byline.authors().isEmpty()) {
                continue;
            }
            List<Bylines.Span> names = byline.authors();
            String value = bylines.join(names.stream().map(Bylines.Span::text).toList());
            Found<String> found = new Found<>(value, offset + names.get(0).start(),
                    offset + names.get(names.size() - 1).end(), byline.wireCredit() ? "wire credit" : "byline");
            if (!byline.wireCredit() && lastByline == k - 1 && bylineAuthors.size() == 1) {
                // "Anjali Raman, Senior Fellow" over "Farhan Kabir, Research Analyst": one byline, a line per author
                Found<String> first = bylineAuthors.get(0);
                bylineAuthors.set(0, new Found<>(bylines.join(List.of(first.value(), value)), first.start(), found.end(), "byline"));
            } else {
                (byline.wireCredit() ? credits : bylineAuthors).add(found);
            }
            if (!byline.wireCredit()) {
                lastByline = k;
            }
        }
        List<Found<String>> out = new ArrayList<>(bylineAuthors);
        out.addAll(credits);
        if (out.isEmpty()) {
            authorNote(blocks).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Found<String>> bylineAfterStamp(Block b) {
        Optional<DateLines.Stamp> stamp = dates.stamp(b.text());
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Matcher bar = STAMP_TAIL.matcher(b.text());
        if (!bar.find(stamp.get().end()) || bar.start() != stamp.get().end()) {
            return Optional.empty();
        }
        String tail = b.text().substring(bar.end()).strip();
        Bylines.Byline byline = bylines.parse(tail);
        if (byline == null || byline.bare() || byline.authors().isEmpty()) {
            return Optional.empty();
        }
        int offset = b.start() + b.text().indexOf(tail, bar.end());
        List<Bylines.Span> names = byline.authors();
        return Optional.of(new Found<>(bylines.join(names.stream().map(Bylines.Span::text).toList()),
                offset + names.get(0).start(), offset + names.get(names.size() - 1).end(), "byline"));
    }

    /**
     * With no byline, the note on who wrote the piece ("Helen Marchetti is a former deputy mayor of Cairns.") among
     * the page's first or last lines, when the story never names that person otherwise: a news paragraph that
     * introduces a source goes on to quote them by surname.
     */
    private Optional<Found<String>> authorNote(List<Block> blocks) {
        int firstBody = -1;
        int lastBody = -1;
        for (int k = 0; k < blocks.size(); k++) {
            if (Segmenter.BODY.equals(blocks.get(k).rule())) {
                firstBody = firstBody < 0 ? k : firstBody;
                lastBody = k;
            }
        }
        for (int k = 0; k < blocks.size(); k++) {
            if (k > firstBody + AUTHOR_NOTE_REACH && k < lastBody) {
                // the story's middle introduces its sources
                continue;
            }
            Block b = blocks.get(k);
            String line = b.text().strip();
            Bylines.Span name = bylines.authorNote(line);
            if (name == null) {
                continue;
            }
            String surname = name.text().substring(name.text().lastIndexOf(' ') + 1);
            boolean namedElsewhere = false;
            for (int j = 0; j < blocks.size(); j++) {
                namedElsewhere |= j != k && blocks.get(j).text().contains(surname);
            }
            if (!namedElsewhere) {
                int offset = b.start() + b.text().indexOf(line);
                return Optional.of(new Found<>(name.text(), offset + name.start(), offset + name.end(),
                        "author's note"));
            }
        }
        return Optional.empty();
    }

    /**
     * Dates in order of trust: a "Published"/"Posted" stamp; a bare stamp beside the headline or byline; a byline's
     * date; a wire dateline with its year; an "Updated" stamp. A bare stamp above the headline (a site banner with
     * the day's date), a stamp after the story (another story's card) and a relative time are left out.
     */
    private List<Found<LocalDate>> published(List<Block> blocks, int headline, int firstBody, int lastBody) {
        List<Found<LocalDate>> labelled = new ArrayList<>();
        List<Found<LocalDate>> bare = new ArrayList<>();
        List<Found<LocalDate>> inBylines = new ArrayList<>();
        List<Found<LocalDate>> updated = new ArrayList<>();
        List<Found<LocalDate>> datelines = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (lastBody >= 0 && i > lastBody) {
                break;
            }
            String rule = b.rule();
            if (Segmenter.DATE_LINE.equals(rule)) {
                Optional<DateLines.Stamp> stamp = dates.stamp(b.text());
                if (stamp.isEmpty()) {
                    continue;
                }
                DateLines.Stamp s = stamp.get();
                String kind = s.updated() ? "updated stamp" : s.label() != null ? "published stamp" : "date stamp";
                Found<LocalDate> found = new Found<>(s.date(), b.start() + s.start(), b.start() + s.end(), kind);
                // a site banner carries the day's date with its weekday and no time, above the headline
                boolean clock = b.text().substring(s.start(), s.end()).matches(".*\\d[:.h]\\d\\d.*");
                boolean banner = s.label() == null && s.weekday() && !clock && (headline < 0 || i < headline);
                if (s.updated()) {
                    updated.add(found);
                } else if (s.label() != null) {
                    labelled.add(found);
                } else if (!banner) {
                    bare.add(found);
                }
            } else if (Segmenter.BYLINE.equals(rule) || "posted-by".equals(rule) || Segmenter.AUTHOR_LINE.equals(rule)) {
                dates.find(b.text()).ifPresent(s -> inBylines.add(
                        new Found<>(s.date(), b.start() + s.start(), b.start() + s.end(), "byline")));
            } else if (i == firstBody) {
                Matcher head = DATELINE_HEAD.matcher(b.text());
                if (head.find()) {
                    dates.find(b.text().substring(0, head.end())).ifPresent(s -> datelines.add(
                            new Found<>(s.date(), b.start() + s.start(), b.start() + s.end(), "dateline")));
                }
            }
        }
        List<Found<LocalDate>> all = new ArrayList<>();
        for (List<Found<LocalDate>> tier : List.of(labelled, bare, inBylines, datelines, updated)) {
            all.addAll(tier);
        }
        return all;
    }

    /** The first candidate, unless another of the same kind names a different date. */
    private static Found<LocalDate> chosen(List<Found<LocalDate>> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        Found<LocalDate> first = candidates.get(0);
        for (Found<LocalDate> c : candidates) {
            if (c.source().equals(first.source()) && !c.value().equals(first.value())) {
                return null;
            }
        }
        return first;
    }

    /** Outlet candidates, strongest first: byline, wire dateline, copyright, "Follow … on", masthead, address. */
    private List<Found<String>> outlets(String text, List<Block> blocks, int firstBody, int lastBody, String url,
                                        Map<String, String> knownDomains) {
        List<Found<String>> out = new ArrayList<>();
        for (Block b : blocks) {
            if (Segmenter.BYLINE.equals(b.rule())) {
                String line = b.text().strip();
                Bylines.Byline byline = bylines.parse(line);
                if (byline != null && byline.outlet() != null) {
                    int offset = b.start() + b.text().indexOf(line);
                    out.add(new Found<>(byline.outlet().text(), offset + byline.outlet().start(),
                            offset + byline.outlet().end(), "byline"));
                }
            }
        }
        if (firstBody >= 0) {
            Block first = blocks.get(firstBody);
            Matcher m = WIRE_DATELINE.matcher(first.text());
            if (m.find()) {
                // "(Reuters)" names the agency that wrote the story; "/Andes Newswire/" only the service that sent it
                String group = m.group("agency") != null ? "agency" : "wire";
                out.add(new Found<>(m.group(group).strip(), first.start() + m.start(group), first.start() + m.end(group),
                        group.equals("agency") ? "wire dateline" : "distribution wire"));
            }
        }
        for (Block b : blocks) {
            boolean credit = "photo-caption".equals(b.rule()) || "figure-caption".equals(b.rule());
            if (!b.furniture() || Segmenter.HEADLINE.equals(b.rule()) || credit) {
                // "Satellite image © Planet Labs PBC" credits a picture, not the page
                continue;
            }
            for (Pattern p : List.of(copyright, follow, siteEdition)) {
                Matcher m = p.matcher(b.text());
                if (m.find()) {
                    String source = p == copyright ? "copyright line" : p == follow ? "follow line" : "site edition";
                    String name = withoutCompanySuffix(m.group("outlet").strip());
                    if (!name.isEmpty()) {
                        out.add(new Found<>(name, b.start() + m.start("outlet"), b.start() + m.start("outlet") + name.length(),
                                source));
                    }
                }
            }
        }
        for (int k = Math.max(0, lastBody); k < blocks.size() && lastBody >= 0; k++) {
            String line = blocks.get(k).text().strip();
            Bylines.Span signed = bylines.signOff(line);
            if (signed != null) {
                int offset = blocks.get(k).start() + blocks.get(k).text().indexOf(line);
                out.add(new Found<>(signed.text(), offset + signed.start(), offset + signed.end(), "sign-off"));
            }
        }
        masthead(blocks).ifPresent(out::add);
        domain(url, knownDomains).ifPresent(out::add);
        return out;
    }

    /** "Andean Centre for Security Studies (CAES)": the page defines the acronym, so the two name one outlet. */
    private static void definedAcronyms(String text, Map<String, String> out) {
        Matcher m = DEFINED_ACRONYM.matcher(text);
        while (m.find()) {
            String name = m.group("name").strip();
            out.put(m.group("acronym"), name.startsWith("The ") ? name.substring(4) : name);
        }
    }

    /** "Andes Review Media S.R.L", "Marcador Media 2026": the brand without the company's legal form or year. */
    private String withoutCompanySuffix(String name) {
        String s = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            int space = s.lastIndexOf(' ');
            if (space > 0) {
                String last = s.substring(space + 1).toLowerCase(Locale.ROOT).replace(".", "");
                if (companySuffixes.contains(last) || last.matches("\\d{4}")) {
                    s = s.substring(0, space).strip();
                    changed = true;
                }
            }
        }
        return s;
    }

    /**
     * The name in a masthead line: "RNP – Red Nacional Paraguaya | English Service" → the name beside its acronym;
     * "Aerovía Andina Newsroom" → the organisation without its site section.
     */
    private String mastheadName(String line) {
        String[] parts = line.split("\\s[–—|-]\\s");
        String name = parts[0].strip();
        if (parts.length > 1 && acronymOf(name, parts[1].strip())) {
            name = parts[1].strip();
        }
        for (String suffix : mastheadSuffixes) {
            if (name.toLowerCase(Locale.ROOT).endsWith(" " + suffix)) {
                name = name.substring(0, name.length() - suffix.length() - 1).strip();
            }
        }
        String[] words = name.split("\\s+");
        if (words.length > 1 && acronymOf(words[0], name.substring(words[0].length()).strip())) {
            // "EWS Europa World Service": the logo's letters, then the name
            name = name.substring(words[0].length()).strip();
        }
        return titleCased(name);
    }

    /** "THE ASUNCIÓN REVIEW" as "The Asunción Review"; short capitals ("MBN News") stay as they are. */
    private static String titleCased(String name) {
        if (name.chars().anyMatch(Character::isLowerCase) || name.replaceAll("[^\\p{L}]", "").length() <= 4) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            out.append(out.length() > 0 ? " " : "").append(w.length() <= 1 ? w
                    : w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The same outlet, also where the page defines one name as the other's acronym ("… (CAES)"). */
    public static boolean sameOutlet(String a, String b, String text) {
        if (key(a).equals(key(b)) || acronymOf(a, b) || acronymOf(b, a)) {
            return true;
        }
        Map<String, String> acronyms = new java.util.HashMap<>();
        definedAcronyms(text, acronyms);
        return key(acronyms.getOrDefault(a, a)).equals(key(acronyms.getOrDefault(b, b)));
    }

    /** The page's first line, when it is a name: a few capitalised words, no date, no menu, no section label. */
    private Optional<Found<String>> masthead(List<Block> blocks) {
        for (int i = 0; i < Math.min(MASTHEAD_REACH, blocks.size()); i++) {
            Block b = blocks.get(i);
            String first = b.text().strip().split("\n", 2)[0].strip();
            if (Segmenter.DATE_LINE.equals(b.rule()) || WEB_ADDRESS.matcher(first).matches()) {
                // "gov.br" over "Ministério da Agricultura e Pecuária": the portal's address, then the publisher's name
                continue;
            }
            boolean plain = b.unclassified() || "masthead".equals(b.rule()) || "teaser-headline".equals(b.rule())
                    || "short-line".equals(b.rule());
            if (!plain || LineRules.isBulleted(first) || first.contains("»") || first.contains("›")) {
                // a share button, a breadcrumb or a menu opens the page, not the outlet's name
                return Optional.empty();
            }
            String line = mastheadName(first);
            List<String> words = Texts.words(line);
            boolean name = !words.isEmpty() && words.size() <= MAX_MASTHEAD_WORDS && !LineRules.endsSentence(line)
                    && words.stream().allMatch(w -> Texts.startsUpper(w) || mastheadJoiners.contains(w))
                    && !line.contains("|") && !sectionWords.contains(line.toLowerCase(Locale.ROOT))
                    && !Segmenter.HEADLINE.equals(b.rule());
            if (name) {
                int offset = b.start() + b.text().indexOf(line);
                return Optional.of(new Found<>(line, offset, offset + line.length(), "masthead"));
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Found<String>> domain(String url, Map<String, String> knownDomains) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            host = host.startsWith("www.") ? host.substring(4) : host;
            String known = knownDomains.get(host);
            return Optional.of(new Found<>(known != null ? known : host, -1, -1,
                    known != null ? "address (" + host + ")" : "address"));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The strongest kind of evidence decides. When candidates of that kind disagree, the one another kind of
     * evidence confirms wins, and with none or several confirmed the outlet stays unknown. A bare web address is
     * never the outlet's name. Among candidates naming the same outlet, the masthead's spelling wins, then the
     * fuller name ("RNP" is "Red Nacional Paraguaya", "APB" is "APB News").
     */
    private static Found<String> chosenOutlet(List<Found<String>> found, Map<String, String> acronyms) {
        // an acronym the page defines reads as the name it stands for
        List<Found<String>> candidates = found.stream().map(c -> acronyms.containsKey(c.value())
                ? new Found<>(acronyms.get(c.value()), c.start(), c.end(), c.source()) : c).toList();
        List<Found<String>> named = candidates.stream().filter(c -> !c.source().equals("address")).toList();
        if (named.isEmpty()) {
            return null;
        }
        int tier = named.stream().mapToInt(c -> tier(c.source())).min().getAsInt();
        List<Found<String>> top = named.stream().filter(c -> tier(c.source()) == tier).toList();
        Found<String> chosen = top.get(0);
        boolean agree = top.stream().allMatch(c -> sameOutlet(c.value(), top.get(0).value()));
        if (!agree) {
            List<Found<String>> confirmed = top.stream().filter(c -> named.stream()
                    .anyMatch(o -> tier(o.source()) != tier && sameOutlet(o.value(), c.value()))).toList();
            boolean one = !confirmed.isEmpty() && confirmed.stream().allMatch(c -> sameOutlet(c.value(), confirmed.get(0).value()));
            if (!one) {
                return null;
            }
            chosen = confirmed.get(0);
        }
        Found<String> best = chosen;
        for (Found<String> c : named) {
            if (!sameOutlet(c.value(), chosen.value())) {
                continue;
            }
            boolean masthead = c.source().equals("masthead") && c.value().chars().anyMatch(Character::isLowerCase)
                    && (key(c.value()).equals(key(best.value())) || key(c.value()).startsWith(key(best.value())));
            boolean fuller = acronymOf(best.value(), c.value()) && c.value().chars().anyMatch(Character::isLowerCase);
            if (masthead || fuller) {
                best = c;
            }
        }
        return new Found<>(best.value(), chosen.start(), chosen.end(), chosen.source());
    }

    private static int tier(String source) {
        return switch (source) {
            case "byline", "wire dateline" -> 1;
            case "copyright line", "follow line", "site edition", "sign-off" -> 2;
            case "masthead", "page title" -> 3;
            default -> 4;
        };
    }

    /** The same outlet however written: case and spacing aside, one name within the other, or an acronym of it. */
    static boolean sameOutlet(String a, String b) {
        return key(a).equals(key(b)) || key(a).contains(key(b)) && key(b).length() >= 4
                || key(b).contains(key(a)) && key(a).length() >= 4 || acronymOf(a, b) || acronymOf(b, a);
    }

    static boolean acronymOf(String acronym, String name) {
        String a = acronym.replace(".", "").strip();
        if (a.length() < 2 || a.length() > 6 || a.chars().anyMatch(Character::isLowerCase) || a.contains(" ")) {
            return false;
        }
        StringBuilder initials = new StringBuilder();
        StringBuilder capitals = new StringBuilder();
        for (String w : name.split("[\\s-]+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                capitals.append(w.charAt(0));
            }
            if (!w.isEmpty()) {
                initials.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return capitals.toString().equals(a) || initials.toString().equals(a)
                || name.toUpperCase(Locale.ROOT).startsWith(a + " ");
    }

    private static String key(String outlet) {
        String k = outlet.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
        return k.startsWith("the") && k.length() > 5 ? k.substring(3) : k;
    }
}
