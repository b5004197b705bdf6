package io.claimdesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads a running Claimdesk with a deterministic synthetic corpus through its own API (the same importer as
 * every article), then gives verdicts to about one claim in ten. Not a test: run by bench/generate.
 *
 * <p>Arguments: base URL, admin password, number of claims wanted.
 */
public final class GenerateCorpus {

    private static final String[] OUTLETS = {"Northern Wire", "Caribbean Ledger", "Andes Monitor", "Gulf Courier",
            "Pampas Review", "Harbour Times", "Altiplano Post", "Capital Dispatch"};
    private static final String[] COUNTRIES = {"Venezuela", "Bolivia", "Nicaragua", "Cuba", "Ecuador", "Chile",
            "Argentina", "Peru", "Brazil", "Colombia"};
    private static final String[] SPEAKERS = {"the defence ministry", "Foreign Minister Ana Ruiz", "the opposition",
            "a report by the Institute for Regional Studies", "Deputy Minister Karim Haddad", "the state news agency"};
    private static final String[] TEMPLATES = {
            "%1$s received %2$d drones and %3$d military trainers from Iran in %4$s, according to %5$s.",
            "Officials allegedly issued %2$d passports to Iranian citizens in %1$s during %4$s, %5$s said.",
            "The two governments signed %2$d economic agreements worth $%3$d million in %1$s in %4$s.",
            "%5$s said that %2$d tankers carrying gasoline reached %1$s in %4$s.",
            "Iran opened %2$d cultural centres in %1$s by %4$s, %5$s reported.",
            "%5$s denied that %1$s bought %2$d missiles from Iran in %4$s.",
            "A delegation of %2$d business people travelled to %1$s in %4$s, according to %5$s.",
            "Sanctions cost %1$s about $%3$d million in oil revenue in %4$s, %5$s said."};
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CLAIMS = Pattern.compile("\"claims\":(\\d+)");

    private static String csrfToken;

    private GenerateCorpus() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String password = args[1];
        int wanted = Integer.parseInt(args[2]);
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        signIn(http, base, password);
        csrfToken = csrfToken(http, base, cookies);

        Random random = new Random(42);
        long claims = 0;
        int articles = 0;
        long started = System.nanoTime();
        List<Long> toReview = new ArrayList<>();
        while (claims < wanted) {
            String body = article(random, articles);
            HttpResponse<String> created = post(http, base + "/api/articles", body);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("import failed: " + created.statusCode() + " " + created.body());
            }
            Matcher count = CLAIMS.matcher(created.body());
            count.find();
            claims += Long.parseLong(count.group(1));
            Matcher id = ID.matcher(created.body());
            id.find();
            if (articles % 10 == 0) {
                toReview.add(Long.parseLong(id.group(1)));
            }
            articles++;
            if (articles % 500 == 0) {
                System.out.printf("%d articles, %d claims, %.0f claims/s%n", articles, claims,
                        claims / ((System.nanoTime() - started) / 1e9));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int verdicts = 0;
        for (long articleId : toReview) {
            verdicts += reviewArticle(http, base, articleId, random);
        }
        System.out.printf("imported %d articles, %d claims in %.1f s (%.0f claims/s); %d verdicts%n",
                articles, claims, seconds, claims / seconds, verdicts);
    }

    private static String article(Random random, int n) {
        String outlet = OUTLETS[n % OUTLETS.length];
        LocalDate date = LocalDate.of(2016, 1, 1).plusDays(random.nextInt(3000));
        StringBuilder text = new StringBuilder("Regional briefing no. ").append(n).append("\n\nPublished ")
                .append(date.getDayOfMonth()).append(' ').append(date.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                        java.util.Locale.ENGLISH)).append(' ').append(date.getYear()).append("\n\n");
        for (int paragraph = 0; paragraph < 8; paragraph++) {
            for (int sentence = 0; sentence < 3; sentence++) {
                String month = date.minusMonths(random.nextInt(24)).getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + (2010 + random.nextInt(14));
                text.append(String.format(TEMPLATES[random.nextInt(TEMPLATES.length)], COUNTRIES[random.nextInt(COUNTRIES.length)],
                        2 + random.nextInt(400), 10 + random.nextInt(5000), month, SPEAKERS[random.nextInt(SPEAKERS.length)]));
                text.append(' ');
            }
            text.append("\n\n");
        }
        return "{\"text\":" + json(text.toString()) + ",\"outlet\":" + json(outlet) + ",\"url\":"
                + json("https://example.org/briefing/" + n) + "}";
    }

    private static int reviewArticle(HttpClient http, String base, long articleId, Random random) throws Exception {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/claims?size=200&article=" + articleId))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher ids = Pattern.compile("\\{\"id\":(\\d+),\"articleId\"").matcher(list.body());
        int given = 0;
        while (ids.find()) {
            String verdict = random.nextInt(3) == 0 ? "CONTESTED" : "CORROBORATED";
            post(http, base + "/api/claims/" + ids.group(1) + "/verdicts",
                    "{\"verdict\":\"" + verdict + "\",\"rationale\":\"Checked against the ministry register, entry "
                            + random.nextInt(100000) + ".\",\"attribution\":\"ACCURATE\"}");
            given++;
        }
        return given;
    }

    private static void signIn(HttpClient http, String base, String password) throws IOException, InterruptedException {
        String form = "j_username=admin&j_password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("failed")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode());
        }
    }

    /**
     * The form token a signed-in session sends with every change (the desk refuses a session's POST without it): a
     * page sets it as a cookie, which the header repeats.
     */
    private static String csrfToken(HttpClient http, String base, CookieManager cookies) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create(base + "/")).GET().build(), HttpResponse.BodyHandlers.discarding());
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("claimdesk-csrf"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no claimdesk-csrf cookie after sign-in"))
                .getValue();
    }

    private static HttpResponse<String> post(HttpClient http, String url, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrfToken)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
