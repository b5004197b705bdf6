package io.claimdesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;

/** Claimdesk's own settings (prefix {@code claimdesk}); each can also be set as an environment variable. */
@ConfigMapping(prefix = "claimdesk")
public interface ClaimdeskConfig {

    /** Folder whose *.txt files are imported at startup when not stored yet ({@code CLAIMDESK_SEED_DIR}). */
    @WithDefault("seed")
    Path seedDir();

    /** Whether to import the seed folder at startup at all. */
    @WithDefault("true")
    boolean seedOnStart();

    /** Rows per page of the claim list when the request does not say. */
    @WithDefault("50")
    int pageSize();

    /** Largest page a request may ask for; bounds the work one request can cause. */
    @WithDefault("200")
    int maxPageSize();
}
