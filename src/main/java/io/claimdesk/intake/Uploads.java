package io.claimdesk.intake;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** A form's file part, or its text field when no file was chosen. */
public final class Uploads {

    private Uploads() {
    }

    public static Upload of(FileUpload file, String text) {
        if (file != null && file.size() > 0) {
            if (file.size() > Intake.MAX_BYTES) {
                throw Intake.tooLarge(file.size());
            }
            try {
                return new Upload(Files.readAllBytes(file.uploadedFile()), file.contentType(), file.fileName());
            } catch (IOException e) {
                throw new UncheckedIOException("the uploaded file could not be read back", e);
            }
        }
        return Upload.ofText(text);
    }
}
