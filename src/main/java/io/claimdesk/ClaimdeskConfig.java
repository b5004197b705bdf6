package io.claimdesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

    /**
     * Code points of an article's text one page shows (cut at the next line break): an article longer than this is
     * paged, so that what an article page costs is bounded whatever the article's length.
     */
    @WithDefault("50000")
    int articlePartLength();

    /** bcrypt cost for new password hashes (each step doubles the work of a sign-in). */
    @WithDefault("10")
    int passwordHashCost();

    /** Name of the desk: the author of published ClaimReviews. */
    @WithDefault("Claimdesk")
    String deskName();

    /** The address readers reach this app at, for links inside exports ({@code CLAIMDESK_PUBLIC_URL}). */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /**
     * The desk's topic taxonomy (ids, labels, cue words per language): a JSON file in the shape of the default,
     * {@code src/main/resources/extraction/topics.json}. Unset: the default, for desks covering Iran and Latin America.
     */
    Optional<Path> topicsFile();

    Bootstrap bootstrap();

    SignIn signIn();

    Matching matching();

    ListCache listCache();

    Fetch fetch();

    /** Fetching an article from its link (io.claimdesk.fetch): what the desk may reach and how much it reads. */
    interface Fetch {
        /**
         * Hosts fetched even when they resolve to a loopback, private or link-local address, exactly as written in
         * the link (a name or an IP, no wildcards). Unset: only public addresses, so that a link cannot reach the
         * newsroom's own network. Tests list their local server here; a desk may list an intranet archive.
         */
        Optional<List<String>> allowedHosts();

        /** The longest wait for a connection to a site. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** The longest a whole fetch may take, redirects and reading included: a slow or trickling site is cut off. */
        @WithDefault("PT30S")
        Duration timeout();

        /** The largest body read, counted while reading: the same as an upload's limit (5 MB, intake.Intake.MAX_BYTES). */
        @WithDefault("5242880")
        int maxBytes();

        /** Redirects followed, each checked like the link itself; one more is refused. */
        @WithDefault("5")
        int maxRedirects();
    }

    interface ListCache {
        /**
         * Claim list pages (their rows, rendered) kept in memory per filter and page, about 60 KB each; 0 turns the
         * cache off. An entry is used only while the desk has not changed since (see {@code DeskRevision}).
         */
        @WithDefault("500")
        long entries();

        /**
         * The longest an entry is used even though the desk seems unchanged: bounds how long a write committed out
         * of id order (two transactions crossing) can go unseen by the list. From half this age an entry is drawn
         * again in the background while readers are still shown it.
         */
        @WithDefault("PT10S")
        Duration maxAge();
    }

    interface Matching {
        /**
         * The most claims of one article linked in one go. A longer article is linked in slices of this many, with the
         * normal imports that arrive meanwhile linked between two slices: an import is linked after at most one slice.
         */
        @WithDefault("500")
        int sliceClaims();

        /** Index candidates scored per claim: more finds more distant relations and costs more time. */
        @WithDefault("20")
        int candidates();

        /**
         * Claims whose matching features stay in memory (about 4 KB each); the rest are rebuilt from the index
         * when they come up as candidates. Bounds the heap whatever the corpus size.
         */
        @WithDefault("20000")
        long featureCache();
    }

    interface Bootstrap {
        /**
         * Password of the {@code admin} account created on an empty database ({@code CLAIMDESK_BOOTSTRAP_ADMIN_PASSWORD}).
         * Unset: a random one is printed once to the log and must be changed at first sign-in.
         */
        Optional<String> adminPassword();
    }

    interface SignIn {
        /** Failed sign-ins for one username from one client address within {@link #window()} that lock the pair. */
        @WithDefault("10")
        int maxFailures();

        /** The span in which failures are counted. */
        @WithDefault("PT1M")
        Duration window();

        /** How long a locked pair is refused the first time; each further lock in a row doubles it. */
        @WithDefault("PT5M")
        Duration lockout();

        /** The longest lock, however often the doubling has run. */
        @WithDefault("PT1H")
        Duration maxLockout();

        /**
         * The longest an account behind a session is answered from memory; bounds how long a sign-out, a new
         * password or a disabled account on another node goes unseen on this one. 0 reads it on every request.
         */
        @WithDefault("PT5S")
        Duration sessionCacheMaxAge();
    }
}
