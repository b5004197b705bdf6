package io.claimdesk.intake;

import io.claimdesk.account.Account;
import io.claimdesk.article.ArticleImporter;
import io.claimdesk.article.MetadataFields;
import io.claimdesk.failure.Duplicate;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.TooLarge;
import io.claimdesk.failure.Unsupported;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip of articles imported in the background, one file after another, each through {@link Intake} and the
 * importer in its own transaction: a refused or failing file is recorded with its reason and the rest go on.
 * Progress is in the database, so any node can show it; a job cut short by a restart says so.
 */
@ApplicationScoped
public class BulkImports {

    private static final Logger LOG = Logger.getLogger(BulkImports.class);
    /** Bounds on what one zip may make the desk do, so a zip bomb stops at its table of contents. */
    static final int MAX_FILES = 10_000;
    static final long MAX_TOTAL_BYTES = 1024L * 1024 * 1024;
    /** The job table's column for the zip's name. */
    private static final int SOURCE_NAME_CHARS = 400;

    private final Intake intake;
    private final ArticleImporter importer;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bulk-import");
        t.setDaemon(true);
        return t;
    });

    /** Where each job keeps its zip while it runs, beside the uploads; emptied at start, when no job runs yet. */
    private final Path jobFiles;

    BulkImports(Intake intake, ArticleImporter importer,
                @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploads) {
        this.intake = intake;
        this.importer = importer;
        this.jobFiles = Path.of(uploads, "bulk-imports");
    }

    /**
     * Jobs that were running when the process stopped will not finish: say so rather than show them running. Their zips
     * will never be read again, nor will those of jobs queued behind them.
     */
    void onStart(@Observes StartupEvent event) {
        QuarkusTransaction.requiringNew().run(() -> ImportJob.update(
                "state = ?1, finishedAt = ?2 where state = ?3", ImportJob.State.INTERRUPTED, Instant.now(), ImportJob.State.RUNNING));
        try (Stream<Path> left = Files.isDirectory(jobFiles) ? Files.list(jobFiles) : Stream.empty()) {
            left.forEach(BulkImports::delete);
        } catch (IOException e) {
            LOG.warnf("Could not clear %s: %s", jobFiles, e.getMessage());
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /**
     * Checks the zip's table of contents, records the job and starts it; returns the job's id at once.
     * The zip is moved to a file of the job's own, deleted when the job ends, and at once when the zip is refused.
     */
    public long start(Path upload, String sourceName, long accountId) {
        Path zip = keep(upload);
        try {
            List<String> files = articleFiles(zip);
            long jobId = QuarkusTransaction.requiringNew().call(() -> {
                ImportJob job = new ImportJob();
                job.sourceName = sourceName == null || sourceName.isBlank() ? "upload.zip"
                        : MetadataFields.cut(sourceName, SOURCE_NAME_CHARS);
                job.state = ImportJob.State.RUNNING;
                job.total = files.size();
                job.createdBy = Account.findById(accountId);
                job.createdAt = Instant.now();
                job.persist();
                return job.id;
            });
            worker.submit(() -> run(jobId, zip, files, accountId));
            return jobId;
        } catch (IOException e) {
            delete(zip);
            throw new UncheckedIOException("the uploaded zip could not be read for the import", e);
        } catch (RuntimeException e) {
            delete(zip);
            throw e;
        }
    }

    /** The upload moved out of the request's reach: the framework deletes its own copy when the request ends. */
    private Path keep(Path upload) {
        try {
            Files.createDirectories(jobFiles);
            Path zip = Files.createTempFile(jobFiles, "claimdesk-import-", ".zip");
            return Files.move(upload, zip, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded zip could not be stored for the import", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warnf("Could not delete %s: %s", file, e.getMessage());
        }
    }

    /** The zip's files that are meant as articles: not folders, not hidden or system files. */
    static List<String> articleFiles(Path zip) throws IOException {
        List<String> names = new ArrayList<>();
        long total = 0;
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = z.entries(); entries.hasMoreElements(); ) {
                ZipEntry e = entries.nextElement();
                String name = e.getName();
                String base = name.substring(name.lastIndexOf('/') + 1);
                if (e.isDirectory() || name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty()) {
                    continue;
                }
                names.add(name);
                total += Math.max(0, e.getSize());
                if (names.size() > MAX_FILES || total > MAX_TOTAL_BYTES) {
                    throw new Invalid("file", "The zip holds more than " + MAX_FILES + " files or 1 GB of text: split it.");
                }
            }
        } catch (ZipException e) {
            throw new Invalid("file", "The upload is not a readable zip file (" + e.getMessage() + "): zip the articles and try again.");
        }
        if (names.isEmpty()) {
            throw new Invalid("file", "The zip holds no files to import.");
        }
        return names;
    }

    private void run(long jobId, Path zip, List<String> files, long accountId) {
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (String name : files) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                String refusal = importOne(z, name, accountId);
                progress(jobId, name, refusal);
            }
            QuarkusTransaction.requiringNew().run(() -> {
                ImportJob job = ImportJob.findById(jobId);
                job.state = ImportJob.State.FINISHED;
                job.finishedAt = Instant.now();
            });
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Bulk import %d stopped", jobId);
        } finally {
            delete(zip);
        }
    }

    /** Imports one file; returns null when it was stored, else why not. */
    private String importOne(ZipFile z, String name, long accountId) {
        String lower = name.toLowerCase(Locale.ROOT);
        boolean article = lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".md")
                || lower.endsWith(".markdown");
        try {
            byte[] bytes = readCapped(z, z.getEntry(name));
            if (!article) {
                // Say what the file is when its bytes tell ("a PDF"), else what the desk takes.
                BinarySniffer.refuseBinary(bytes);
                return "not a .txt, .html or .md file";
            }
            Prepared prepared = intake.prepare(new Upload(bytes, null, name), GivenFields.none(), "bulk: " + name);
            importer.importArticle(prepared.article(), accountId);
            return null;
        } catch (Invalid | Unsupported | TooLarge e) {
            return e.getMessage();
        } catch (Duplicate e) {
            return "already stored as article " + e.existingId;
        } catch (IOException | RuntimeException e) {
            LOG.errorf(e, "Bulk import of %s failed", name);
            return "could not be imported (" + e.getClass().getSimpleName() + "); the error is in the server log";
        }
    }

    /** Reads at most one byte more than an article may have, so a huge entry costs no more than that. */
    private static byte[] readCapped(ZipFile z, ZipEntry entry) throws IOException {
        try (InputStream in = z.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(Intake.MAX_BYTES + 1);
            return bytes;
        }
    }

    private static void progress(long jobId, String name, String refusal) {
        QuarkusTransaction.requiringNew().run(() -> {
            ImportJob job = ImportJob.findById(jobId);
            job.done++;
            if (refusal != null) {
                job.failed++;
                ImportFailure failure = new ImportFailure();
                failure.job = job;
                failure.entryName = name.length() > 1000 ? name.substring(0, 1000) : name;
                failure.reason = refusal.length() > 2000 ? refusal.substring(0, 2000) : refusal;
                failure.persist();
            }
        });
    }
}
