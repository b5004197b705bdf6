package io.claimdesk.account;

import io.claimdesk.failure.Conflict;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.FormState;
import io.claimdesk.web.InterfaceLanguage;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import io.claimdesk.web.Violations;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Signing in and out, choosing one's password, and (for admins) managing accounts. */
@Path(Urls.HOME)
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    /** The sign-in page: a message for a failed attempt or a completed sign-out. */
    public record LoginView(boolean failed, boolean signedOut) {
    }

    /**
     * One's own account: the password form, and the language of the desk's pages ({@code interfaceLanguage} is the
     * chosen code, or null to follow the browser).
     */
    public record PasswordView(String username, boolean required, FormState form, String interfaceLanguage,
                               List<InterfaceLanguage> languages, String done) {
    }

    /** The language chosen for the desk's pages: a code, or empty to follow the browser. */
    public record LanguageForm(@RestForm String interfaceLanguage) {
    }

    /**
     * The accounts with the new account form and, after a refused password reset, that account's reset form with
     * its message ({@code resetAccount} names the account).
     */
    public record AccountsView(List<AccountJson> accounts, List<Role> roles, FormState form, FormState reset,
                               String done) {

        /** The reset form of this account: the refused one when it was this account's, else an empty one. */
        public FormState resetFormOf(long accountId) {
            return reset.value("resetAccount").equals(Long.toString(accountId)) ? reset : FormState.empty();
        }
    }

    /** The password form. What was typed is never shown again: passwords are not echoed into a page. */
    public record PasswordForm(@RestForm String currentPassword, @RestForm @PasswordRule String newPassword,
                               @RestForm String confirmation) {

        /** Named as a getter so that Bean Validation reports it as the {@code confirmation} field's message. */
        @AssertTrue(message = "The two new passwords differ.")
        public boolean isConfirmation() {
            return Objects.equals(newPassword, confirmation);
        }
    }

    /** An admin's new account; {@code temporary} makes the person choose their own password at first sign-in. */
    public record NewAccountForm(@RestForm @Username String username, @RestForm @PasswordRule String password,
                                 @RestForm @RoleId String role, @RestForm boolean temporary) {

        /** What a refused form shows again: the username and the role, never the password. */
        Map<String, String> typed() {
            return Map.of("username", username == null ? "" : username, "role", role == null ? "" : role);
        }
    }

    /** A password an admin sets for someone; {@code temporaryPassword} makes them replace it at the next sign-in. */
    public record ResetPasswordForm(@RestForm @PasswordRule String newPassword, @RestForm boolean temporaryPassword) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(LoginView view);

        static native TemplateInstance password(PasswordView view);

        static native TemplateInstance accounts(AccountsView view);
    }

    private final Accounts accounts;
    private final CurrentAccount current;
    private final SecurityIdentity identity;
    private final String sessionCookie;
    private final Validator validator;

    AccountPages(Accounts accounts, CurrentAccount current, SecurityIdentity identity,
                 @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie, Validator validator) {
        this.accounts = accounts;
        this.current = current;
        this.identity = identity;
        this.sessionCookie = sessionCookie;
        this.validator = validator;
    }

    @GET
    @Path(Urls.LOGIN)
    @PermitAll
    public TemplateInstance login(@RestQuery boolean failed, @RestQuery boolean signedOut) {
        return Templates.login(new LoginView(failed, signedOut));
    }

    @POST
    @Path(Urls.LOGOUT)
    @Authenticated
    public Response logout(RoutingContext routing) {
        accounts.signOut(current.id());
        endSession(routing);
        return Response.seeOther(URI.create(Urls.LOGIN + "?signedOut=true")).build();
    }

    @GET
    @Path(Urls.OWN_PASSWORD)
    @Authenticated
    public TemplateInstance passwordForm(@RestQuery String done) {
        return Templates.password(ownView(FormState.empty(), done));
    }

    @POST
    @Path(Urls.OWN_LANGUAGE)
    @Authenticated
    public Response chooseLanguage(@BeanParam LanguageForm form) {
        accounts.chooseInterfaceLanguage(current.id(), form.interfaceLanguage());
        return Response.seeOther(URI.create(Urls.OWN_PASSWORD + "?done=language")).build();
    }

    @POST
    @Path(Urls.OWN_PASSWORD)
    @Authenticated
    public Response changePassword(@BeanParam PasswordForm form, RoutingContext routing) {
        try {
            Violations.check(validator, form);
            accounts.changePassword(current.id(), form.currentPassword(), form.newPassword());
        } catch (Invalid e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(Templates.password(ownView(FormState.refused(e, Map.of()), null))).build();
        }
        // The new password ended every session of the account, this one too: sign in again with it.
        endSession(routing);
        return Response.seeOther(URI.create(Urls.LOGIN + "?signedOut=true")).build();
    }

    @GET
    @Path(Urls.ACCOUNTS)
    @RolesAllowed(Roles.ADMIN)
    public TemplateInstance accountList(@RestQuery String done) {
        return view(FormState.empty(), FormState.empty(), done);
    }

    @POST
    @Path(Urls.ACCOUNTS)
    @RolesAllowed(Roles.ADMIN)
    public Response createAccount(@BeanParam NewAccountForm form) {
        try {
            Violations.check(validator, form);
            accounts.create(current.get(), form.username(), form.password(), Role.fromId(form.role()), form.temporary());
        } catch (Invalid e) {
            return refused(FormState.refused(e, form.typed()), FormState.empty());
        } catch (Conflict taken) {
            return refused(FormState.refused(new Invalid("username", taken.getMessage()), form.typed()), FormState.empty());
        }
        return Response.seeOther(URI.create(Urls.ACCOUNTS + "?done=created")).build();
    }

    @POST
    @Path(Urls.ACCOUNTS + Urls.ID + Urls.DISABLE)
    @RolesAllowed(Roles.ADMIN)
    public Response disable(@RestPath long id) {
        accounts.disable(current.get(), id);
        return Response.seeOther(URI.create(Urls.ACCOUNTS + "?done=disabled")).build();
    }

    @POST
    @Path(Urls.ACCOUNTS + Urls.ID + Urls.PASSWORD)
    @RolesAllowed(Roles.ADMIN)
    public Response resetPassword(@RestPath long id, @BeanParam ResetPasswordForm form) {
        try {
            Violations.check(validator, form);
            accounts.resetPassword(current.get(), id, form.newPassword(), form.temporaryPassword());
        } catch (Invalid e) {
            return refused(FormState.empty(), FormState.refused(e, Map.of("resetAccount", Long.toString(id))));
        }
        return Response.seeOther(URI.create(Urls.ACCOUNTS + "?done=reset")).build();
    }

    private PasswordView ownView(FormState form, String done) {
        return new PasswordView(current.username(), SignedIn.mustChangePassword(identity), form,
                current.get().interfaceLanguage, List.of(InterfaceLanguage.values()), done);
    }

    /** Expires the session cookie; works whichever way this request signed in (form cookie or Basic). */
    private void endSession(RoutingContext routing) {
        routing.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0).setHttpOnly(true));
    }

    private Response refused(FormState form, FormState reset) {
        return Response.status(Response.Status.BAD_REQUEST).entity(view(form, reset, null)).build();
    }

    private TemplateInstance view(FormState form, FormState reset, String done) {
        return Templates.accounts(new AccountsView(accounts.all(), List.of(Role.values()), form, reset, done));
    }
}
