package io.claimdesk.intake;

import io.claimdesk.failure.Unsupported;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyDecoderTest {

    static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static String refusal(byte[] body) {
        return assertThrows(Unsupported.class, () -> BodyDecoder.decode(body)).getMessage();
    }

    @Test
    void utf8IsKeptExactlyWithItsLineEndingsAndSpaces() {
        String text = "  Café “quoted” 😀\r\nline two\r\n\n\ttabbed  \n";
        BodyDecoder.Decoded d = BodyDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(text, d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void aLeadingUtf8ByteOrderMarkIsDropped() {
        byte[] body = concat(bytes(0xEF, 0xBB, 0xBF), "Héllo\n".getBytes(StandardCharsets.UTF_8));
        BodyDecoder.Decoded d = BodyDecoder.decode(body);
        assertEquals("Héllo\n", d.text());
        assertEquals("UTF-8", d.charset());
    }

    @Test
    void emptyBodyIsEmptyUtf8Text() {
        assertEquals(new BodyDecoder.Decoded("", "UTF-8"), BodyDecoder.decode(new byte[0]));
    }

    @Test
    void windows1252ProseIsDecodedAsWindows1252() {
        byte[] body = bytes('c', 'a', 'f', 0xE9, ' ', 0x93, 'q', 'u', 'o', 't', 'e', 'd', 0x94);
        BodyDecoder.Decoded d = BodyDecoder.decode(body);
        assertEquals("café “quoted”", d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void windows1252KeepsLineEndingsAndEdgeWhitespace() {
        byte[] prose = " Na\u00EFve r\u00E9sum\u00E9 \u2013 pri\u00E8re\r\n\r\n".getBytes(Charset.forName("windows-1252"));
        byte[] body = concat(prose, bytes(0x80, '5', '\t'));
        BodyDecoder.Decoded d = BodyDecoder.decode(body);
        assertEquals(" Naïve résumé – prière\r\n\r\n€5\t", d.text());
        assertEquals("windows-1252", d.charset());
    }

    @Test
    void pdfPngAndNulAreRefusedNamingWhatTheyAre() {
        String pdf = refusal("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("The file is a PDF, not text: paste or upload the article's text, HTML or Markdown.", pdf);

        String png = refusal(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'));
        assertTrue(png.contains("PNG image"), png);

        String nul = refusal("plain words\0more words".getBytes(StandardCharsets.US_ASCII));
        assertTrue(nul.contains("contains NUL bytes: binary data, not text"), nul);
    }

    @Test
    void otherKnownBinaryFormatsAreRefusedByName() {
        assertTrue(refusal(bytes(0xFF, 0xD8, 0xFF, 0xE0, 'J', 'F', 'I', 'F')).contains("JPEG image"));
        assertTrue(refusal("GIF89a....".getBytes(StandardCharsets.US_ASCII)).contains("GIF image"));
        assertTrue(refusal("RIFF\u0010\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1)).contains("WebP image"));
        assertTrue(refusal(bytes('P', 'K', 3, 4, 20, 0, 6, 0)).contains("ZIP archive (Word .docx"));
        assertTrue(refusal(bytes(0x1F, 0x8B, 8, 0)).contains("gzip-compressed"));
    }

    @Test
    void utf16TextIsRefusedForItsNulBytes() {
        String reason = refusal("Hello".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(reason.contains("NUL bytes") && reason.contains("UTF-16"), reason);
    }

    @Test
    void randomHighBytesAreRefusedWithTheFirstInvalidOffset() {
        byte[] body = new byte[512];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (0x80 + i % 0x80);
        }
        String reason = refusal(body);
        assertTrue(reason.contains("neither valid UTF-8") && reason.contains("byte offset 0"), reason);
    }

    @Test
    void windows1252WithoutUndefinedBytesButMostlySymbolsIsRefused() {
        // Valid Windows-1252 byte by byte, but symbols rather than words: not prose.
        byte[] body = bytes('a', 0xA4, 0xA7, 0xB6, 0xD7, 0xF7, 0xB0, 0xB1, 0x95, 0x86, 'b');
        String reason = refusal(body);
        assertTrue(reason.contains("byte offset 1"), reason);
    }

    @Test
    void controlCharactersOrUndefinedWindows1252BytesAreRefused() {
        assertTrue(refusal(bytes('c', 'a', 'f', 0xE9, 0x1B, '[', '0', 'm')).contains("byte offset 3"));
        assertTrue(refusal(bytes('c', 'a', 'f', 0xE9, ' ', 0x9D)).contains("neither valid UTF-8"));
        // A form feed is text, not a control sequence.
        assertEquals("café\f", BodyDecoder.decode(bytes('c', 'a', 'f', 0xE9, '\f')).text());
    }

    @Test
    void truncatedUtf8AtTheEndReportsWhereItStarts() {
        // 0x9D also rules out Windows-1252, which would otherwise read the cut-off bytes as "â€".
        byte[] body = concat("ok ".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x9D));
        assertTrue(refusal(body).contains("byte offset 3"));
    }
}
