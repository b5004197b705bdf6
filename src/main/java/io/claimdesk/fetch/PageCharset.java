package io.claimdesk.fetch;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which charset a fetched body is in, the way browsers decide (WHATWG Encoding): a byte-order mark first (it cannot
 * be wrong about the bytes that follow it, while a header is often a server's default), then the Content-Type
 * header, then a {@code <meta charset>} or {@code <meta http-equiv>} in the first 1024 bytes of HTML, else UTF-8.
 * Undeclared bytes that are not UTF-8 are read as Windows-1252, as browsers do for Western pages.
 */
final class PageCharset {

    /** Browsers look for a meta charset this far into the page. */
    static final int PRESCAN_BYTES = 1024;

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");
    /** Both {@code <meta charset="x">} and {@code <meta http-equiv="Content-Type" content="…; charset=x">}. */
    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9_.:-]+)");

    record Decoded(String text, String charset) {
    }

    private PageCharset() {
    }

    static Decoded decode(byte[] bytes, String contentTypeHeader, boolean html) {
        Decoded withBom = byBom(bytes);
        if (withBom != null) {
            return withBom;
        }
        Charset declared = fromHeader(contentTypeHeader);
        if (declared == null && html) {
            declared = fromMeta(bytes);
        }
        if (declared != null) {
            return new Decoded(new String(bytes, declared), declared.name());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new Decoded(text, StandardCharsets.UTF_8.name());
        } catch (CharacterCodingException notUtf8) {
            Charset western = Charset.forName("windows-1252");
            return new Decoded(new String(bytes, western), western.name());
        }
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE.name());
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE.name());
        }
        return null;
    }

    static Charset fromHeader(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HEADER_CHARSET.matcher(contentType);
        return m.find() ? byLabel(m.group(1), false) : null;
    }

    private static Charset fromMeta(byte[] bytes) {
        // Latin-1 keeps every byte one char, so the ASCII of the markup reads the same whatever the real charset.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? byLabel(m.group(1), true) : null;
    }

    /**
     * The charset a label names, with the browsers' reading of the labels that lie: pages labelled Latin-1 or ASCII
     * are written in Windows-1252 (curly quotes and the euro sign in 0x80–0x9F), and a meta tag cannot declare
     * UTF-16, since the tag itself was read as ASCII. Null for a label nobody knows.
     */
    private static Charset byLabel(String label, boolean fromMeta) {
        String name = label.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii", "cp1252", "windows-1252" -> {
                return Charset.forName("windows-1252");
            }
            default -> {
            }
        }
        if (fromMeta && name.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            return null;
        }
    }
}
