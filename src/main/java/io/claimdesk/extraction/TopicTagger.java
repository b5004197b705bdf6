package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assigns topic ids from {@link Topics#ALL} by keyword rules; one sentence can carry several topics. */
final class TopicTagger {

    private static final Map<String, Lexicon> RULES = new LinkedHashMap<>();
    /** Acronyms and capitalised names whose lower-case forms are ordinary words. */
    private static final Map<String, Lexicon> CASED_RULES = new LinkedHashMap<>();
    /** "Latin American" is a region, not the United States. */
    private static final Set<String> REGION_QUALIFIERS = Set.of("latin", "south", "central");

    static {
        RULES.put("military_cooperation", Lexicon.of("military", "militaries", "drone", "drones", "weapon", "weapons",
                "arms deal", "arms sales", "arms shipments", "missile", "missiles", "warship", "warships", "frigate",
                "frigates", "naval", "navy", "defense pact", "defence pact", "defense agreement", "defence agreement",
                "defense minister", "defence minister", "defense ministers", "defence ministers", "trainer", "trainers",
                "aerial vehicle", "aerial vehicles", "uav", "uavs", "personnel training", "equipment", "troops",
                "border defence", "border defense", "border surveillance"));
        RULES.put("passports_identity", Lexicon.of("passport", "passports", "identity document", "identity documents",
                "identity card", "identity cards", "identity papers", "id card", "id cards", "citizenship", "naturaliz*",
                "naturalis*", "visa", "visas"));
        RULES.put("economic_trade", Lexicon.of("economy", "economic", "economies", "trade", "invest", "invests",
                "invested", "investing", "investment", "investments", "investor", "investors", "business",
                "businesses", "commercial", "loan", "loans", "mining", "petrochemical", "petrochemicals", "financial",
                "billion dollars", "million dollars", "billion euros", "million euros", "gold", "payment", "export",
                "exports", "import", "imports", "$*", "us$*"));
        RULES.put("energy_oil", Lexicon.of("oil", "gasoline", "fuel", "refinery", "refineries", "tanker", "tankers",
                "opec", "petroleum", "gas", "energy", "catalyst", "catalysts", "oil-producing"));
        RULES.put("diplomatic_visits", Lexicon.of("visit", "visits", "visited", "visiting", "trip", "tour",
                "delegation", "delegations", "met with", "itinerary", "set foot", "setting foot", "arrived", "arriving",
                "arrival", "stay in", "summit", "bilateral meeting", "encounter"));
        RULES.put("diplomatic_relations", Lexicon.of("relation", "relations", "relationship", "ties", "alliance",
                "alliances", "ally", "allies", "embassy", "embassies", "ambassador", "ambassadors", "charge d’affaires",
                "charge d'affaires", "bilateral", "diplomatic", "diplomat", "diplomats", "partnership", "memorandum",
                "memorandums", "memoranda", "agreement", "agreements", "foreign policy", "counterpart", "bond",
                "cooperation"));
        RULES.put("ideology_propaganda", Lexicon.of("ideology", "ideologies", "ideological", "propaganda", "revolution",
                "anti-imperialist", "anti-imperialism", "anti-american", "anti-united", "disinformation", "rhetoric",
                "television channel", "symbolism", "export its revolution", "export of its revolution",
                "exporting ideas", "radical vision"));
        RULES.put("religion_cultural_centers", Lexicon.of("shiite", "shi'ite", "shia", "shiism", "mosque", "mosques",
                "cultural center", "cultural centers", "cultural centre", "cultural centres", "muslim", "muslims",
                "cleric", "clerics", "converts", "converting", "converted to", "missionary", "religion", "religious",
                "jewish", "god", "sectarian", "islam"));
        RULES.put("terrorism_hezbollah", Lexicon.of("hezbollah", "hizbullah", "terror*", "bomb", "bombing", "bombings",
                "bombed", "assassinat*", "kidnap*", "abduct*", "amia", "attack on", "attacks on"));
        RULES.put("sanctions", Lexicon.of("sanction", "sanctions", "sanctioned", "embargo"));
        RULES.put("human_rights", Lexicon.of("human rights", "execution", "executions", "political prisoners",
                "crimes against humanity", "amnesty international", "protester", "protesters", "dissent", "torture",
                "repression", "bodily injury", "journalist", "journalists"));
        RULES.put("drug_trafficking", Lexicon.of("drug trafficking", "drug cartel", "drug cartels", "drug traffickers",
                "drug smuggling", "narco*", "cocaine", "cartel", "cartels"));
        RULES.put("nuclear_deal", Lexicon.of("nuclear", "post-nuclear", "jcpoa", "uranium", "enrichment"));
        CASED_RULES.put("us_policy", Lexicon.caseSensitive("United States", "U.S.", "US", "Washington",
                "State Department", "Department of State", "CIA", "American", "Americans", "America’s", "America's",
                "anti-American", "White House", "Pentagon", "U.S.-supported"));
        for (String topic : RULES.keySet()) {
            check(topic);
        }
        CASED_RULES.keySet().forEach(TopicTagger::check);
    }

    private static void check(String topic) {
        if (!Topics.ALL.contains(topic)) {
            throw new IllegalStateException("unknown topic " + topic);
        }
    }

    /** Topic ids whose rule matches the text, sorted. */
    List<String> tag(String text) {
        return tag(new Words(text));
    }

    List<String> tag(Words words) {
        List<String> topics = new ArrayList<>();
        for (Map.Entry<String, Lexicon> e : RULES.entrySet()) {
            if (e.getValue().matches(words)) {
                topics.add(e.getKey());
            }
        }
        for (Map.Entry<String, Lexicon> e : CASED_RULES.entrySet()) {
            if (matchesOutsideRegion(e.getValue(), words)) {
                topics.add(e.getKey());
            }
        }
        topics.sort(null);
        return topics;
    }

    private static boolean matchesOutsideRegion(Lexicon lexicon, Words words) {
        for (int i = 0; i < words.size(); i++) {
            if (lexicon.matchAt(words, i) > 0 && !(i > 0 && REGION_QUALIFIERS.contains(words.lower(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
