package io.claimdesk.storage;

import java.util.Locale;

/**
 * The setting an embedded H2 file address needs for the desk's promise that nothing it acknowledged is lost,
 * added to whatever address the operator wrote: {@code WRITE_DELAY=0}, so a commit is in the file before the
 * answer goes out. H2's default waits up to 500 ms, and a killed process loses what it acknowledged in that time.
 * An address that asks for a delay is refused: the operator then sees why instead of losing writes.
 */
public final class DurableH2Url {

    private static final String PREFIX = "jdbc:h2:";
    private static final String[][] REQUIRED = {{"WRITE_DELAY", "0"}};

    private DurableH2Url() {
    }

    /** The address with the missing settings added; other addresses (PostgreSQL, in-memory, remote) unchanged. */
    public static String of(String url) {
        if (url == null || !isEmbeddedFile(url)) {
            return url;
        }
        // A trailing ';' would make the added setting follow an empty one, which H2 refuses.
        StringBuilder durable = new StringBuilder(url.strip().replaceAll(";+$", ""));
        for (String[] setting : REQUIRED) {
            String given = setting(url, setting[0]);
            if (given == null) {
                durable.append(';').append(setting[0]).append('=').append(setting[1]);
            } else if (!given.equalsIgnoreCase(setting[1])) {
                throw new IllegalArgumentException("The H2 database address sets " + setting[0] + "=" + given
                        + ", which lets a crash lose writes the desk has already acknowledged."
                        + " Remove the setting (Claimdesk adds " + setting[0] + "=" + setting[1] + ") or set it to "
                        + setting[1] + ".");
            }
        }
        return durable.toString();
    }

    /** Embedded file databases only: in-memory ones have no file, remote ones are the server's to configure. */
    static boolean isEmbeddedFile(String url) {
        if (!url.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return false;
        }
        String name = url.substring(PREFIX.length()).toLowerCase(Locale.ROOT);
        return !(name.startsWith("mem:") || name.startsWith("tcp:") || name.startsWith("ssl:") || name.startsWith("zip:"));
    }

    /** The value of one {@code ;KEY=value} setting of the address, or null when it is not given. */
    private static String setting(String url, String key) {
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase(key)) {
                return parts[i].substring(equals + 1).strip();
            }
        }
        return null;
    }
}
