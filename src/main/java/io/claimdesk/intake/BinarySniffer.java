package io.claimdesk.intake;

import io.claimdesk.failure.Unsupported;

/**
 * Recognises the binary files editors most often upload by mistake, so the refusal can name what they uploaded
 * instead of complaining about an encoding.
 */
final class BinarySniffer {

    private static final String ADVICE = "paste or upload the article's text, HTML or Markdown.";

    private BinarySniffer() {
    }

    static void refuseBinary(byte[] b) {
        String kind = kind(b);
        if (kind != null) {
            throw new Unsupported("The file is " + kind + ", not text: " + ADVICE);
        }
        for (byte x : b) {
            if (x == 0) {
                // UTF-16 is the one text format full of NULs; saying so saves the editor a support request.
                throw new Unsupported("The file contains NUL bytes: binary data, not text (text saved as "
                        + "UTF-16 has them too; save it as UTF-8). Please " + ADVICE);
            }
        }
    }

    private static String kind(byte[] b) {
        if (startsWith(b, 0, '%', 'P', 'D', 'F')) {
            return "a PDF";
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "a PNG image";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return "a GIF image";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "a WebP image";
        }
        if (startsWith(b, 0, 'P', 'K', 3, 4)) {
            return "a ZIP archive (Word .docx and OpenDocument files are ZIP archives too)";
        }
        if (startsWith(b, 0, 0x1F, 0x8B)) {
            return "gzip-compressed data";
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
