package io.claimdesk.intake;

/** What arrived: the bytes as sent, the content type they were declared with and the file's name (each may be null). */
public record Upload(byte[] bytes, String contentType, String filename) {

    public static Upload ofText(String text) {
        return new Upload(text == null ? new byte[0] : text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain", null);
    }
}
