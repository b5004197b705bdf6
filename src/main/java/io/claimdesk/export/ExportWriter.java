package io.claimdesk.export;

import java.io.IOException;

/** Writes one export format: a beginning, each claim as it is read, an end. Nothing is held but the current claim. */
interface ExportWriter {

    void begin(ExportScope scope) throws IOException;

    /** Writes the claim, or leaves it out (JSON-LD publishes reviewed claims only); says which. */
    boolean write(ExportedClaim claim) throws IOException;

    void end() throws IOException;
}
