package io.claimdesk.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Topics a claim takes from the claim it points back to. "Both vessels had to dock" is about the warships
 * named a sentence earlier, and "highlighted the seriousness of this agreement" about the defence pact:
 * a demonstrative noun phrase inherits the subject-matter topics of the nearest earlier
 * claim that mentions the same kind of thing ("this situation" and the like: the claim right before).
 * Topics about the actors (diplomatic, us_policy) are not inherited: the new sentence names its own.
 */
final class TopicContext {

    private static final int LOOK_BACK = 6;
    private static final String GENERIC = "generic";

    private static final Map<String, String> REFERENTS = Map.ofEntries(
            Map.entry("agreement", "pact"), Map.entry("agreements", "pact"), Map.entry("pact", "pact"),
            Map.entry("pacts", "pact"), Map.entry("deal", "pact"), Map.entry("deals", "pact"),
            Map.entry("treaty", "pact"), Map.entry("treaties", "pact"), Map.entry("memorandum", "pact"),
            Map.entry("memorandums", "pact"), Map.entry("memoranda", "pact"), Map.entry("accord", "pact"),
            Map.entry("accords", "pact"), Map.entry("vessel", "ship"), Map.entry("vessels", "ship"),
            Map.entry("ship", "ship"), Map.entry("ships", "ship"), Map.entry("warship", "ship"),
            Map.entry("warships", "ship"), Map.entry("frigate", "ship"), Map.entry("frigates", "ship"),
            Map.entry("tanker", "ship"), Map.entry("tankers", "ship"), Map.entry("boats", "ship"),
            Map.entry("shipment", "cargo"), Map.entry("shipments", "cargo"), Map.entry("cargo", "cargo"),
            Map.entry("delivery", "cargo"), Map.entry("deliveries", "cargo"),
            Map.entry("situation", GENERIC), Map.entry("issue", GENERIC), Map.entry("matter", GENERIC),
            Map.entry("practice", GENERIC), Map.entry("scheme", GENERIC), Map.entry("allegations", GENERIC),
            Map.entry("suspicions", GENERIC), Map.entry("accusations", GENERIC), Map.entry("case", GENERIC));
    private static final Set<String> NOT_INHERITED = Set.of("diplomatic_relations", "diplomatic_visits", "us_policy");

    private record Seen(Words words, List<String> topics) {}

    private final Deque<Seen> recent = new ArrayDeque<>();

    /** The claim's own topics plus those it inherits, sorted; remembers the claim for those that follow. */
    List<String> topics(Words words, List<String> own) {
        List<String> result = own;
        String referent = referent(words);
        Seen antecedent = referent == null ? null : antecedent(referent);
        if (antecedent != null) {
            TreeSet<String> all = new TreeSet<>(own);
            for (String t : antecedent.topics) {
                if (!NOT_INHERITED.contains(t)) {
                    all.add(t);
                }
            }
            result = new ArrayList<>(all);
        }
        recent.addFirst(new Seen(words, result));
        if (recent.size() > LOOK_BACK) {
            recent.removeLast();
        }
        return result;
    }

    private static String referent(Words words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (isPointer(words.lower(i))) {
                String kind = REFERENTS.get(words.lower(i + 1));
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** "the pact" usually comes with its own subject matter; a demonstrative points back. */
    private static boolean isPointer(String w) {
        return switch (w) {
            case "this", "these", "that", "those", "both", "such" -> true;
            default -> false;
        };
    }

    private Seen antecedent(String referent) {
        if (referent.equals(GENERIC)) {
            return recent.peekFirst();
        }
        for (Iterator<Seen> it = recent.iterator(); it.hasNext(); ) {
            Seen s = it.next();
            for (int i = 0; i < s.words.size(); i++) {
                if (referent.equals(REFERENTS.get(s.words.lower(i)))) {
                    return s;
                }
            }
        }
        return null;
    }
}
