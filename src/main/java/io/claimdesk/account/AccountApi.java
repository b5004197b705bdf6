package io.claimdesk.account;

import io.claimdesk.failure.Invalid;
import io.claimdesk.web.Roles;
import io.claimdesk.web.Urls;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.List;

/** Accounts for admins' scripts: {@code POST /api/users {username, password, role}}, {@code GET /api/users}. */
@Path(Urls.API + Urls.USERS)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class AccountApi {

    /** The body of a new account request; {@code mustChangePassword} makes the password a temporary one. */
    public record NewAccount(@Username String username, @PasswordRule String password, @RoleId String role,
                             Boolean mustChangePassword) {
    }

    /** The body of a password reset; {@code mustChangePassword} makes the new password a temporary one. */
    public record NewPassword(@PasswordRule String password, Boolean mustChangePassword) {
    }

    private final Accounts accounts;
    private final CurrentAccount current;

    AccountApi(Accounts accounts, CurrentAccount current) {
        this.accounts = accounts;
        this.current = current;
    }

    @GET
    public List<AccountJson> list() {
        return accounts.all();
    }

    /** Disables the account: it can no longer sign in, and its open sessions stop working. */
    @POST
    @Path(Urls.ID + Urls.DISABLE)
    @Transactional
    public AccountJson disable(@RestPath long id) {
        return AccountJson.of(accounts.disable(current.get(), id));
    }

    /** Sets a new password for the account and ends all its sessions. */
    @POST
    @Path(Urls.ID + Urls.PASSWORD)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public AccountJson resetPassword(@RestPath long id, @Valid NewPassword body) {
        if (body == null) {
            throw new Invalid("body", "Send {password, mustChangePassword?} as JSON.");
        }
        return AccountJson.of(accounts.resetPassword(current.get(), id, body.password(),
                Boolean.TRUE.equals(body.mustChangePassword())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    public Response create(@Valid NewAccount body) {
        if (body == null) {
            throw new Invalid("body", "Send {username, password, role} as JSON.");
        }
        Account account = accounts.create(current.get(), body.username(), body.password(), Role.fromId(body.role()),
                Boolean.TRUE.equals(body.mustChangePassword()));
        return Response.created(URI.create(Urls.apiAccount(account.id))).entity(AccountJson.of(account)).build();
    }
}
