package io.claimdesk.account;

import io.claimdesk.FormSession;
import io.claimdesk.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.claimdesk.TestUsers.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** The account forms show every wrong field at once, each message tied to its field, and never echo a password. */
@QuarkusTest
class AccountFormsTest {

    @Test
    void thePasswordFormShowsATooShortPasswordAndADifferentConfirmationTogether() {
        String reviewer = TestUsers.newUser("reviewer");
        FormSession form = FormSession.open("/account/password", () -> TestUsers.as(reviewer));
        form.post("/account/password", Map.of("currentPassword", TestUsers.PASSWORD, "newPassword", "short-pw",
                        "confirmation", "another-one")).then().statusCode(400)
                .body(containsString("aria-describedby=\"newPassword-error\" aria-invalid=\"true\""))
                .body(containsString("<small class=\"field-error\" id=\"newPassword-error\" role=\"alert\">A password needs at least 12 characters.</small>"))
                .body(containsString("aria-describedby=\"confirmation-error\" aria-invalid=\"true\""))
                .body(containsString("The two new passwords differ."))
                .body(not(containsString("short-pw")))
                .body(not(containsString("another-one")))
                .body(not(containsString(TestUsers.PASSWORD)));
    }

    @Test
    void theNewAccountFormShowsEveryWrongFieldAndKeepsTheUsernameButNotThePassword() {
        FormSession admin = FormSession.open("/admin/users", TestUsers::asAdmin);
        admin.post("/admin/users", Map.of("username", "x!", "password", "tiny-secret", "role", "boss"))
                .then().statusCode(400)
                .body(containsString("<input id=\"username\" name=\"username\" value=\"x!\" required autocomplete=\"off\" aria-describedby=\"username-error\" aria-invalid=\"true\">"))
                .body(containsString("id=\"password-error\""))
                .body(containsString("A password needs at least 12 characters."))
                .body(containsString("<select id=\"role\" name=\"role\" aria-describedby=\"role-error\" aria-invalid=\"true\">"))
                .body(containsString("role must be one of reviewer, editor, admin"))
                .body(not(containsString("tiny-secret")));
    }

    @Test
    void theApiListsAWrongUsernameAndAWrongPasswordTogether() {
        asAdmin().contentType(ContentType.JSON).body(Map.of("username", "x", "password", "short", "role", "editor"))
                .post("/api/users").then().statusCode(400)
                .body("error", equalTo("invalid input"))
                .body("errors.field", equalTo(List.of("username", "password")));
    }

    @Test
    void aRefusedResetShowsItsMessageInTheResetFormOfThatAccount() {
        String reviewer = TestUsers.newUser("reviewer");
        long id = asAdmin().get("/api/users").jsonPath().getLong("find { it.username == '" + reviewer + "' }.id");
        FormSession admin = FormSession.open("/admin/users", TestUsers::asAdmin);
        admin.post("/admin/users/" + id + "/password", Map.of("newPassword", "too-short", "temporaryPassword", "true"))
                .then().statusCode(400)
                .body(containsString("<label for=\"newPassword-" + id + "\">New password for " + reviewer + "</label>"))
                .body(containsString("<input id=\"newPassword-" + id + "\" name=\"newPassword\" type=\"password\""))
                .body(containsString("aria-describedby=\"newPassword-error\""))
                .body(containsString("A password needs at least 12 characters."))
                .body(not(containsString("too-short")));
    }
}
