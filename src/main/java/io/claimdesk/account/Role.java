package io.claimdesk.account;

import io.claimdesk.web.Roles;

import java.util.Locale;
import java.util.Set;

/** What an account may do. Each role includes the ones below it: an editor reviews, an admin edits. */
public enum Role {
    REVIEWER(Set.of(Roles.REVIEWER)),
    EDITOR(Set.of(Roles.REVIEWER, Roles.EDITOR)),
    ADMIN(Set.of(Roles.REVIEWER, Roles.EDITOR, Roles.ADMIN));

    /** The security role names this role grants, its own and the ones it includes. */
    public final Set<String> grants;

    Role(Set<String> grants) {
        this.grants = grants;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of that name ({@code reviewer}, {@code editor}, {@code admin}), or null. */
    public static Role fromId(String id) {
        for (Role role : values()) {
            if (role.id().equalsIgnoreCase(id)) {
                return role;
            }
        }
        return null;
    }
}
