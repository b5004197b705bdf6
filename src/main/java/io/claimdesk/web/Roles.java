package io.claimdesk.web;

/**
 * The security role names of {@code @RolesAllowed}, kept here so every resource, in whatever package, names a role
 * the same way. An account's role ({@code account.Role}) grants one or more of them.
 */
public final class Roles {

    public static final String REVIEWER = "reviewer";
    public static final String EDITOR = "editor";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
