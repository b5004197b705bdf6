package io.claimdesk.intake;

import io.claimdesk.ClaimdeskConfig;
import io.claimdesk.article.Article;
import io.claimdesk.article.NewArticle;
import io.claimdesk.failure.Duplicate;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Imports every seed file not stored yet, through the same importer as the API. Idempotent: a file
 * whose SHA-256 is stored is skipped, so restarts (and a second process on the same database) add nothing.
 */
@ApplicationScoped
public class SeedLoader {

    private static final Logger LOG = Logger.getLogger(SeedLoader.class);

    private final ArticleImporter importer;
    private final ClaimdeskConfig config;

    SeedLoader(ArticleImporter importer, ClaimdeskConfig config) {
        this.importer = importer;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.seedOnStart()) {
            load(config.seedDir());
        }
    }

    /** Imports the folder's *.txt files in name order; returns how many were new. */
    public int load(Path folder) {
        if (!Files.isDirectory(folder)) {
            LOG.warnf("Seed folder %s does not exist; no seeds imported", folder.toAbsolutePath());
            return 0;
        }
        int imported = 0;
        for (Path file : seedFiles(folder)) {
            if (importOne(file)) {
                imported++;
            }
        }
        LOG.infof("Seeds: %d new article(s) imported from %s", imported, folder.toAbsolutePath());
        return imported;
    }

    private boolean importOne(Path file) {
        String text;
        try {
            text = decodeUtf8(Files.readAllBytes(file));
        } catch (IOException e) {
            LOG.errorf("Seed %s not imported: %s", file, e.getMessage());
            return false;
        }
        try {
            Article article = importer.importArticle(NewArticle.ofText(text, file.getFileName().toString()), null);
            LOG.infof("Seed %s imported as article %d", file.getFileName(), article.id);
            return true;
        } catch (Duplicate e) {
            return false;
        } catch (RuntimeException e) {
            if (importer.isStored(text)) {
                // Another process on the same database file imported it between our check and our commit.
                LOG.infof("Seed %s was stored concurrently by another process; skipped", file.getFileName());
            } else {
                LOG.errorf(e, "Seed %s not imported", file.getFileName());
            }
            return false;
        }
    }

    private static List<Path> seedFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list seed folder " + folder, e);
        }
    }

    private static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
    }
}
