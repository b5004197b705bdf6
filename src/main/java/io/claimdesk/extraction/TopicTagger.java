package io.claimdesk.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assigns topic ids from {@link Topics#ALL} by keyword rules; one sentence can carry several topics. */
final class TopicTagger {

    private static final Map<String, Lexicon> RULES = new LinkedHashMap<>();
    /** The topics whose words, after "Latin" or "South", name a region rather than the topic ("Latin American"). */
    private static final Set<String> REGIONAL = Set.of("us_policy");
    /** "Latin American" is a region, not the United States. */
    private static final Set<String> REGION_QUALIFIERS = Set.of("latin", "south", "central");

    static {
        RULES.put("military_cooperation", Lexicon.of("military", "militaries", "militarily", "paramilitary",
                "drone", "drones", "uav", "uavs", "aerial vehicle", "aerial vehicles", "crewless", "unmanned",
                "weapon", "weapons", "weaponry", "armament", "armaments", "arms deal", "arms deals", "arms sales",
                "arms shipments", "arms transfers", "arms trade", "arms embargo", "arms exports", "missile",
                "missiles", "rocket", "rockets", "ammunition", "munitions", "explosives", "rifles", "warship",
                "warships", "frigate", "frigates", "submarine", "submarines", "destroyer", "destroyers", "warplane",
                "warplanes", "fighter jets", "naval", "navy", "navies", "naval base", "military base",
                "base of operations", "army", "armies", "armed forces", "defense forces", "defence forces",
                "soldiers", "troops", "militia", "militias", "defense pact", "defence pact", "defense agreement",
                "defence agreement", "defense cooperation", "defence cooperation", "security cooperation",
                "defense minister", "defence minister", "defense ministers", "defence ministers", "defense ministry",
                "defence ministry", "minister of defense", "minister of defence", "trainer", "trainers",
                "personnel training", "military training", "equipment", "border defence", "border defense",
                "border surveillance", "surveillance"));
        RULES.put("passports_identity", Lexicon.of("passport", "passports", "identity document",
                "identity documents", "identity card", "identity cards", "identity papers", "id card", "id cards",
                "national id", "travel document", "travel documents", "citizenship", "citizenship papers",
                "naturaliz*", "naturalis*", "visa", "visas", "residence permit", "residence permits",
                "residency permit", "birth certificate", "birth certificates", "false documents", "fake documents",
                "forged documents", "false identities", "fake identities", "false identity"));
        RULES.put("economic_trade", Lexicon.of("economy", "economic", "economies", "trade", "invest", "invests",
                "invested", "investing", "investment", "investments", "investor", "investors", "business",
                "businesses", "commercial", "loan", "loans", "mining", "petrochemical", "petrochemicals", "financial",
                "billion dollars", "million dollars", "billion euros", "million euros", "gold", "payment", "export",
                "exports", "import", "imports", "$*", "us$*"));
        RULES.put("energy_oil", Lexicon.of("oil", "gasoline", "fuel", "refinery", "refineries", "tanker", "tankers",
                "opec", "petroleum", "gas", "energy", "catalyst", "catalysts", "oil-producing", "crude", "barrel", "barrels",
                "condensate", "diluent", "naphtha", "lng", "oilfield", "oilfields", "oil field", "oil fields",
                "pipeline", "pipelines", "power plant", "hydroelectric", "electricity"));
        RULES.put("diplomatic_visits", Lexicon.of("visit", "visits", "visited", "visiting", "trip", "tour",
                "delegation", "delegations", "met with", "itinerary", "journey", "set foot", "setting foot", "arrived", "arriving",
                "arrival", "stay in", "summit", "bilateral meeting", "encounter"));
        RULES.put("diplomatic_relations", Lexicon.of("relation", "relations", "relationship", "ties", "alliance",
                "alliances", "ally", "allies", "embassy", "embassies", "ambassador", "ambassadors", "charge d’affaires",
                "charge d'affaires", "bilateral", "diplomatic", "diplomat", "diplomats", "partnership", "memorandum",
                "memorandums", "memoranda", "agreement", "agreements", "foreign policy", "counterpart", "bond",
                "cooperation"));
        RULES.put("ideology_propaganda", Lexicon.of("ideology", "ideologies", "ideological", "propaganda", "revolution",
                "anti-imperialist", "anti-imperialism", "anti-american", "anti-united", "disinformation", "rhetoric",
                "television channel", "symbolism", "export its revolution", "export of its revolution",
                "exporting ideas", "radical vision", "iranophobia", "islamophobia", "zionist"));
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
        RULES.put("us_policy", Lexicon.caseSensitive("United States", "U.S.", "US", "Washington",
                "State Department", "Department of State", "CIA", "American", "Americans", "America’s", "America's",
                "anti-American", "White House", "Pentagon", "U.S.-supported"));
        for (String topic : RULES.keySet()) {
            check(topic);
        }
    }

    /** Topic ids in alphabetical order, so the tags come out sorted. */
    private static final List<String> IDS = RULES.keySet().stream().sorted().toList();
    static final LexiconSet LEXICONS = new LexiconSet(IDS.stream().map(RULES::get).toList());

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
        return tag(words, LEXICONS.scan(words));
    }

    /** @param hits a scan of the words by {@link #LEXICONS}, or by a set that starts with it */
    List<String> tag(Words words, LexiconSet.Hits hits) {
        List<String> topics = new ArrayList<>(4);
        for (int id = 0; id < IDS.size(); id++) {
            boolean tagged = REGIONAL.contains(IDS.get(id)) ? outsideRegion(hits, id, words) : hits.matches(id);
            if (tagged) {
                topics.add(IDS.get(id));
            }
        }
        return topics;
    }

    private static boolean outsideRegion(LexiconSet.Hits hits, int id, Words words) {
        for (int i : hits.starts(id)) {
            if (!(i > 0 && REGION_QUALIFIERS.contains(words.lower(i - 1)))) {
                return true;
            }
        }
        return false;
    }
}
