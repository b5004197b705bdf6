package io.claimdesk.intake;


import io.claimdesk.failure.Unsupported;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Uploaded bytes to text. Claims are anchored by character offsets into the stored text, so the text is returned
 * exactly as decoded: no newline normalisation, no trimming.
 */
public final class BodyDecoder {

    public static final String UTF_8 = "UTF-8";
    public static final String WINDOWS_1252 = "windows-1252";

    /** Share of letters and digits below which Windows-1252 "text" is more likely binary than prose. */
    private static final double MIN_LETTER_SHARE = 0.6;

    public record Decoded(String text, String charset) {
    }

    private BodyDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        BinarySniffer.refuseBinary(bytes);
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // One char per byte at most: UTF-8 needs four bytes for the two chars of a surrogate pair.
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = strict.decode(in, out, true);
        if (!result.isError()) {
            result = strict.flush(out);
        }
        if (!result.isError()) {
            String text = out.flip().toString();
            return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, UTF_8);
        }
        int invalidAt = in.position();
        String legacy = plausibleWindows1252(bytes);
        if (legacy == null) {
            throw new Unsupported("The file is neither valid UTF-8 (the first invalid byte sequence is at "
                    + "byte offset " + invalidAt + ") nor plausible Windows-1252 text: save it as UTF-8 text and "
                    + "upload it again.");
        }
        return new Decoded(legacy, WINDOWS_1252);
    }

    /** Windows-1252 decodes any byte sequence, so it is only trusted when the result reads like prose. */
    private static String plausibleWindows1252(byte[] bytes) {
        for (byte x : bytes) {
            int b = x & 0xFF;
            boolean undefined = b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
            boolean control = b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
            if (undefined || control) {
                return null;
            }
        }
        String text;
        try {
            text = Charset.forName(WINDOWS_1252).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        long visible = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        long wordy = text.codePoints().filter(Character::isLetterOrDigit).count();
        return visible == 0 || wordy >= MIN_LETTER_SHARE * visible ? text : null;
    }
}
