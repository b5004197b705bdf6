package io.claimdesk.account;

import io.claimdesk.failure.Conflict;
import io.claimdesk.failure.Invalid;
import io.claimdesk.web.FormState;
import io.claimdesk.web.Urls;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

/** Signing in and out, choosing one's password, and (for admins) managing accounts. */
@Path(Urls.HOME)
@Produces(MediaType.TEXT_HTML)
public class AccountPages {

    /** The sign-in page: a message for a failed attempt or a completed sign-out. */
    public record LoginView(boolean failed, boolean signedOut) {
    }

    public record PasswordView(String username, boolean required, FormState form) {
    }

    public record AccountsView(List<AccountJson> accounts, List<Role> roles, FormState form, String done) {
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

    AccountPages(Accounts accounts, CurrentAccount current, SecurityIdentity identity,
                 @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.accounts = accounts;
        this.current = current;
        this.identity = identity;
        this.sessionCookie = sessionCookie;
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
    public TemplateInstance passwordForm() {
        return Templates.password(new PasswordView(current.username(), SignedIn.mustChangePassword(identity),
                FormState.empty()));
    }

    @POST
    @Path(Urls.OWN_PASSWORD)
    @Authenticated
    public Response changePassword(@RestForm String currentPassword, @RestForm String newPassword,
                                   @RestForm String confirmation, RoutingContext routing) {
        try {
            if (newPassword == null || !newPassword.equals(confirmation)) {
                throw new Invalid("confirmation", "The two new passwords differ.");
            }
            accounts.changePassword(current.id(), currentPassword, newPassword);
        } catch (Invalid e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Templates.password(new PasswordView(
                    current.username(), SignedIn.mustChangePassword(identity), FormState.refused(e, Map.of())))).build();
        }
        // The new password ended every session of the account, this one too: sign in again with it.
        endSession(routing);
        return Response.seeOther(URI.create(Urls.LOGIN + "?signedOut=true")).build();
    }

    @GET
    @Path(Urls.ACCOUNTS)
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance accountList(@RestQuery String done) {
        return view(FormState.empty(), done);
    }

    @POST
    @Path(Urls.ACCOUNTS)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response createAccount(@RestForm String username, @RestForm String password, @RestForm String role,
                                  @RestForm boolean temporary) {
        try {
            accounts.create(current.get(), username, password, role, temporary);
        } catch (Invalid e) {
            return refused(e, username, role);
        } catch (Conflict taken) {
            return refused(new Invalid("username", taken.getMessage()), username, role);
        }
        return Response.seeOther(URI.create(Urls.ACCOUNTS + "?done=created")).build();
    }

    @POST
    @Path(Urls.ACCOUNTS + Urls.ID + Urls.DISABLE)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response disable(@RestPath long id) {
        accounts.disable(current.get(), id);
        return Response.seeOther(URI.create(Urls.ACCOUNTS + "?done=disabled")).build();
    }

    @POST
    @Path(Urls.ACCOUNTS + Urls.ID + Urls.PASSWORD)
    @RolesAllowed(Role.ADMIN_NAME)
    public Response resetPassword(@RestPath long id, @RestForm String newPassword, @RestForm boolean temporaryPassword) {
        try {
            accounts.resetPassword(current.get(), id, newPassword, temporaryPassword);
        } catch (Invalid e) {
            return refused(e, null, null);
        }
        return Response.seeOther(URI.create(Urls.ACCOUNTS + "?done=reset")).build();
    }

    /** Expires the session cookie; works whichever way this request signed in (form cookie or Basic). */
    private void endSession(RoutingContext routing) {
        routing.response().addCookie(Cookie.cookie(sessionCookie, "").setPath("/").setMaxAge(0).setHttpOnly(true));
    }

    private Response refused(Invalid e, String username, String role) {
        FormState form = FormState.refused(e, Map.of("username", username == null ? "" : username,
                "role", role == null ? "" : role));
        return Response.status(Response.Status.BAD_REQUEST).entity(view(form, null)).build();
    }

    private TemplateInstance view(FormState form, String done) {
        return Templates.accounts(new AccountsView(accounts.all(), List.of(Role.values()), form, done));
    }
}
