package io.claimdesk;

import io.claimdesk.article.Article;
import io.claimdesk.intake.ArticleImporter;
import io.claimdesk.article.NewArticle;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.UUID;

/** Makes articles for a test through the real importer, each unique to the test that asks. */
@ApplicationScoped
public class TestArticles {

    /** Sentences a newsroom would check, with cues for topics, disputes and attribution. */
    public static final String DRONES = "Iran delivered 12 drones and military trainers to Venezuela in April 2020, "
            + "the defence ministry in Caracas said on Monday.";
    public static final String PASSPORTS = "Bolivian officials allegedly issued 40 passports to Iranian citizens in 2022, "
            + "according to a report by the Argentine security ministry.";
    public static final String TRADE = "The two governments signed 25 economic agreements worth $3 billion in June 2023 "
            + "covering petrochemicals, mining and health.";

    private final ArticleImporter importer;

    TestArticles(ArticleImporter importer) {
        this.importer = importer;
    }

    /** A fresh outlet name no other test uses. */
    public static String uniqueOutlet(String label) {
        return label + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An invented name no other article uses, so a test's claims find each other and nothing else. */
    public static String uniqueName() {
        String letters = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        StringBuilder name = new StringBuilder("Var");
        for (char c : letters.substring(0, Math.min(5, letters.length())).toCharArray()) {
            name.append((char) (c + 10));
        }
        return name.toString();
    }

    /**
     * A long article of {@code sentences} port figures, ten to a paragraph, no two alike (each gives one claim), led by
     * {@code name} so that a test's long article is its own.
     */
    public static String longText(String name, int sentences) {
        String[] ports = {"Valparaiso", "Callao", "Santos", "Cartagena", "Veracruz", "Guayaquil", "Montevideo", "Colon"};
        String[] goods = {"copper", "lithium", "soy", "coffee", "timber", "cement", "fertiliser", "steel"};
        StringBuilder text = new StringBuilder("Port ledger of " + name + "\n\n");
        for (int n = 0; n < sentences; n++) {
            text.append(String.format("Port officials in %s said %d containers of %s left the terminal on May %d, %d.",
                    ports[n % 8], 100 + n, goods[(n / 8) % 8], 1 + n % 28, 1990 + n % 35));
            text.append(n % 10 == 9 ? "\n\n" : " ");
        }
        return text.toString();
    }

    /** Imports the paragraphs (joined by blank lines) as one article of the outlet, dated as given. */
    public Article create(String outlet, LocalDate published, String... paragraphs) {
        return createIn(null, outlet, published, paragraphs);
    }

    /** Imports the paragraphs as one article in the language given ("es"), or detected when it is null. */
    public Article createIn(String language, String outlet, LocalDate published, String... paragraphs) {
        String text = String.join("\n\n", paragraphs) + "\n\nRef " + UUID.randomUUID() + "\n";
        return importer.importArticle(new NewArticle(text, "Test article", outlet, "Test Author", published, null, "test",
                null, null, language), null);
    }
}
