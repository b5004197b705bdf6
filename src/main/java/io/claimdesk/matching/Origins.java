package io.claimdesk.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a claim ultimately comes from, so that outlets repeating one wire report, magazine, official or
 * report count as one source: the named source (attributedTo, else the carrier in via) with descriptions
 * ("the U.S. digital magazine …"), titles and wire-service spellings normalised; the outlet itself when it
 * speaks in its own voice.
 */
public final class Origins {

    /** Wire services and outlets that go by several names; keys are lower-case spellings. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("reuters", "Reuters"), Map.entry("thomson reuters", "Reuters"),
            Map.entry("ap", "Associated Press"), Map.entry("associated press", "Associated Press"),
            Map.entry("afp", "AFP"), Map.entry("agence france-presse", "AFP"), Map.entry("agence france presse", "AFP"),
            Map.entry("efe", "EFE"), Map.entry("agencia efe", "EFE"), Map.entry("dpa", "dpa"),
            Map.entry("bloomberg", "Bloomberg"), Map.entry("bloomberg news", "Bloomberg"),
            Map.entry("presstv", "Press TV"), Map.entry("press tv", "Press TV"),
            Map.entry("irna", "IRNA"), Map.entry("islamic republic news agency", "IRNA"),
            Map.entry("xinhua", "Xinhua"), Map.entry("tass", "TASS"), Map.entry("ria novosti", "RIA Novosti"),
            Map.entry("anadolu", "Anadolu Agency"), Map.entry("anadolu agency", "Anadolu Agency"));

    /** Lower-case words that describe a source rather than name it: "the English news portal", "Iranian media agency". */
    private static final Pattern DESCRIPTOR = Pattern.compile(
            "^(?:.*\\b(?:magazine|newspaper|daily|weekly|portal|website|site|outlet|agency|channel|network|broadcaster"
                    + "|wire|service|journal|tabloid|think tank|spokesperson|spokesman|spokeswoman|minister|president"
                    + "|secretary|ambassador|official|analyst|reporter|correspondent)\\b[,:]?\\s+)(?=\\p{Lu})");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)\\s+(?:news agency|news service|newspaper|magazine|report|reports|reported|said|says|wire)$");
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:the|a|an|according to)\\s+");
    private static final Pattern TITLE = Pattern.compile(
            "(?i)^(?:mr|mrs|ms|dr|president|minister|foreign minister|deputy foreign minister|general|gen|senator|sen"
                    + "|ambassador|spokesperson|spokesman)\\.?\\s+(?=\\p{Lu})");

    private Origins() {
    }

    public static String originOf(ClaimCard card) {
        String source = blank(card.attributedTo()) ? card.via() : card.attributedTo();
        if (blank(source)) {
            return blank(card.outlet()) ? "article " + card.articleId() : normalise(card.outlet());
        }
        return normalise(source);
    }

    /** Normalises one source name; exposed for callers that compare outlets with sources. */
    public static String normalise(String source) {
        String s = source.strip().replaceAll("\\s+", " ").replaceAll("[.,;:]+$", "");
        s = DESCRIPTOR.matcher(s).replaceFirst("");
        for (int i = 0; i < 3; i++) {
            s = LEADING.matcher(s).replaceFirst("");
            s = TITLE.matcher(s).replaceFirst("");
            s = TRAILING.matcher(s).replaceFirst("");
        }
        s = s.replaceAll("(?i)-e-", "-").replaceAll("[’']s$", "");
        String alias = ALIASES.get(s.toLowerCase(Locale.ROOT));
        return alias != null ? alias : s;
    }

    /**
     * Groups claims by origin, folding a bare surname into the one full name that ends with it
     * ("Takht-Ravanchi" into "Majid Takht-Ravanchi"), since outlets shorten names differently.
     */
    public static Map<String, List<ClaimCard>> group(Collection<ClaimCard> cards) {
        Map<String, List<ClaimCard>> groups = new LinkedHashMap<>();
        for (ClaimCard c : cards) {
            groups.computeIfAbsent(originOf(c), k -> new ArrayList<>()).add(c);
        }
        for (String shortName : new ArrayList<>(groups.keySet())) {
            if (shortName.contains(" ")) {
                continue;
            }
            List<String> longer = groups.keySet().stream()
                    .filter(k -> !k.equals(shortName) && k.toLowerCase(Locale.ROOT).endsWith(" " + shortName.toLowerCase(Locale.ROOT)))
                    .toList();
            if (longer.size() == 1) {
                groups.get(longer.get(0)).addAll(groups.remove(shortName));
            }
        }
        return groups;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
