package io.claimdesk.account;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.failure.Conflict;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.annotation.Priority;
import org.jboss.logging.Logger;

/** On an empty database, creates {@code admin} so that someone can sign in and create the other accounts. */
@ApplicationScoped
public class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);

    void onStart(@Observes @Priority(10) StartupEvent event, Accounts accounts, Passwords passwords,
                 ClaimdeskConfig config) {
        if (!accounts.noAccountsYet()) {
            return;
        }
        String configured = config.bootstrap().adminPassword().orElse(null);
        String password = configured != null ? configured : passwords.random();
        try {
            accounts.create(null, "admin", password, Role.ADMIN, configured == null);
        } catch (Conflict | jakarta.persistence.PersistenceException e) {
            LOG.info("Account 'admin' was created by another process on the same database.");
            return;
        }
        if (configured == null) {
            LOG.warnf("Created account 'admin' with the one-time password %s — sign in and change it now.", password);
        } else {
            LOG.info("Created account 'admin' with the password from claimdesk.bootstrap.admin-password.");
        }
    }
}
