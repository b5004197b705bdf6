package io.claimdesk;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a browser holds after opening a page with forms: the CSRF cookie and the token in the page's forms.
 * Posting through it is posting the way the page's own form does.
 */
public record FormSession(Supplier<RequestSpecification> user, Map<String, String> cookies, String token) {

    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    /** Opens the page as the given user and keeps its cookies and form token. */
    public static FormSession open(String page, Supplier<RequestSpecification> user) {
        Response response = user.get().redirects().follow(false).get(page);
        Matcher m = TOKEN.matcher(response.asString());
        if (!m.find()) {
            throw new AssertionError(page + " has no form with a CSRF token (status " + response.statusCode() + ")");
        }
        return new FormSession(user, response.getCookies(), m.group(1));
    }

    /** Posts the form fields with the token, as the page's form would. */
    public Response post(String action, Map<String, ?> fields) {
        return user.get().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParams(fields).formParam("csrf-token", token).post(action);
    }
}
