package io.claimdesk.extraction;

import java.util.List;

/** The topic ids the app filters on; {@link TopicTagger} assigns them. */
public final class Topics {

    public static final List<String> ALL = List.of(
            "military_cooperation",
            "passports_identity",
            "economic_trade",
            "energy_oil",
            "diplomatic_visits",
            "diplomatic_relations",
            "ideology_propaganda",
            "religion_cultural_centers",
            "terrorism_hezbollah",
            "sanctions",
            "human_rights",
            "drug_trafficking",
            "nuclear_deal",
            "us_policy");

    private Topics() {
    }
}
