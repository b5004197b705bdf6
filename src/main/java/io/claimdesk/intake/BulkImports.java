package io.claimdesk.intake;

import io.claimdesk.article.MetadataFields;
import io.claimdesk.failure.Duplicate;
import io.claimdesk.failure.Invalid;
import io.claimdesk.failure.TooLarge;
import io.claimdesk.failure.Unsupported;
import io.claimdesk.job.JobItems;
import io.claimdesk.job.JobRunner;
import io.claimdesk.job.Jobs;
import io.claimdesk.job.Lane;
import io.quarkus.runtime.StartupEvent;
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
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * A zip of articles imported in the background, one file after another, each through {@link Intake} and the
 * importer in its own transaction: a refused or failing file is recorded with its reason and the rest go on.
 * Imports run one at a time on their own lane; {@link Jobs} writes the progress, so any node can show it, and marks a
 * job cut short by a restart.
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
    private final Jobs jobs;
    private final Lane lane;

    /** Where each job keeps its zip while it runs, beside the uploads; emptied at start, when no job runs yet. */
    private final Path jobFiles;

    BulkImports(Intake intake, ArticleImporter importer, Jobs jobs, JobRunner runner,
                @ConfigProperty(name = "quarkus.http.body.uploads-directory") String uploads) {
        this.intake = intake;
        this.importer = importer;
        this.jobs = jobs;
        this.lane = runner.lane("bulk-import");
        this.jobFiles = Path.of(uploads, "bulk-imports");
    }

    /**
     * The zips of jobs that were running or queued when the process stopped will never be read again ({@link Jobs}
     * marks those jobs interrupted).
     */
    void onStart(@Observes StartupEvent event) {
        try (Stream<Path> left = Files.isDirectory(jobFiles) ? Files.list(jobFiles) : Stream.empty()) {
            left.forEach(BulkImports::delete);
        } catch (IOException e) {
            LOG.warnf("Could not clear %s: %s", jobFiles, e.getMessage());
        }
    }

    /**
     * Checks the zip's table of contents, records the job and starts it; returns the job's id at once.
     * The zip is moved to a file of the job's own, deleted when the job ends, and at once when the zip is refused.
     */
    public long start(Path upload, String sourceName, long accountId) {
        Path zip = keep(upload);
        try {
            List<String> files = articleFiles(zip);
            ImportJob job = new ImportJob();
            job.sourceName = sourceName == null || sourceName.isBlank() ? "upload.zip"
                    : MetadataFields.cut(sourceName, SOURCE_NAME_CHARS);
            long jobId = jobs.start(job, files.size(), accountId);
            lane.submit("Bulk import " + jobId, () -> run(jobId, zip, files, accountId));
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
            if (jobs.runItems(ImportJob.class, jobId, files, new ZipEntries(z, accountId))) {
                jobs.finish(ImportJob.class, jobId);
            }
        } catch (IOException e) {
            jobs.interrupt(ImportJob.class, jobId);
            throw new UncheckedIOException("the zip of bulk import " + jobId + " could not be opened; marked interrupted", e);
        } finally {
            delete(zip);
        }
    }

    /** The zip's files as a job's items: each imported, or refused with words the editor can act on. */
    private final class ZipEntries implements JobItems<ImportJob, String> {

        private final ZipFile zip;
        private final long accountId;

        ZipEntries(ZipFile zip, long accountId) {
            this.zip = zip;
            this.accountId = accountId;
        }

        @Override
        public Outcome<ImportJob> run(String name) throws IOException {
            String lower = name.toLowerCase(Locale.ROOT);
            boolean article = lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".md")
                    || lower.endsWith(".markdown");
            try {
                byte[] bytes = readCapped(zip, zip.getEntry(name));
                if (!article) {
                    // Say what the file is when its bytes tell ("a PDF"), else what the desk takes.
                    BinarySniffer.refuseBinary(bytes);
                    return Outcome.refused("not a .txt, .html or .md file");
                }
                Prepared prepared = intake.prepare(new Upload(bytes, null, name), GivenFields.none(), "bulk: " + name);
                importer.importArticle(prepared.article(), accountId);
                return Outcome.done();
            } catch (Invalid | Unsupported | TooLarge e) {
                return Outcome.refused(e.getMessage());
            } catch (Duplicate e) {
                return Outcome.refused("already stored as article " + e.existingId);
            }
        }

        @Override
        public String failureReason(Exception e) {
            return "could not be imported (" + e.getClass().getSimpleName() + "); the error is in the server log";
        }

        @Override
        public void recordFailure(ImportJob job, String name, String reason) {
            ImportFailure.of(job, name, reason).persist();
        }
    }

    /** Reads at most one byte more than an article may have, so a huge entry costs no more than that. */
    private static byte[] readCapped(ZipFile z, ZipEntry entry) throws IOException {
        try (InputStream in = z.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(Intake.MAX_BYTES + 1);
            return bytes;
        }
    }
}
