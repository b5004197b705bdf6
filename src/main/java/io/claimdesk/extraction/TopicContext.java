package io.claimdesk.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
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

    private final LanguagePack pack;
    /** Topics about the actors ("diplomatic_relations"): each sentence names its own, none is inherited. */
    private final Set<String> notInherited;

    private record Seen(Words words, List<String> topics) {}

    private final Deque<Seen> recent = new ArrayDeque<>();

    /** "this", "that", "the same": words that point back to something named before. */
    private final Set<String> pointers;

    TopicContext(LanguagePack pack, Taxonomy taxonomy) {
        this.pack = pack;
        this.notInherited = taxonomy.notInherited();
        this.pointers = pack.words("pointers");
    }

    /** The claim's own topics plus those it inherits, sorted; remembers the claim for those that follow. */
    List<String> topics(Words words, List<String> own) {
        List<String> result = own;
        String referent = referent(words);
        Seen antecedent = referent == null ? null : antecedent(referent);
        if (antecedent != null) {
            TreeSet<String> all = new TreeSet<>(own);
            for (String t : antecedent.topics) {
                if (!notInherited.contains(t)) {
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

    private String referent(Words words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (isPointer(words.lower(i))) {
                String kind = pack.referent(words.lower(i + 1));
                if (kind != null) {
                    return kind;
                }
            }
        }
        return null;
    }

    /** "the pact" usually comes with its own subject matter; a demonstrative points back. */
    private boolean isPointer(String w) {
        return pointers.contains(w);
    }

    private Seen antecedent(String referent) {
        if (referent.equals(GENERIC)) {
            return recent.peekFirst();
        }
        for (Iterator<Seen> it = recent.iterator(); it.hasNext(); ) {
            Seen s = it.next();
            for (int i = 0; i < s.words.size(); i++) {
                if (referent.equals(pack.referent(s.words.lower(i)))) {
                    return s;
                }
            }
        }
        return null;
    }
}
