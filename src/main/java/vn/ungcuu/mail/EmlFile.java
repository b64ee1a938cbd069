package vn.ungcuu.mail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;

/**
 * A message as an RFC 5322 {@code .eml} file, the form local mode "sends" in: any mail program opens it. The
 * same message SMTP would carry: multipart/alternative with the plain text and the HTML, both UTF-8 in base64
 * (any line length and any byte survive), the subject and a non-ASCII sender name as RFC 2047 encoded words,
 * Date and the Message-ID. Plain Java, so that its test needs no server.
 */
final class EmlFile {

    private static final String CRLF = "\r\n";
    /**
     * 39 bytes are 52 base64 characters, 64 with the framing: a word and the longest header name before it
     * ("Subject: ") stay within the 78 characters a line should keep to (RFC 5322 2.1.1, RFC 2047 2).
     */
    private static final int WORD_BYTES = 39;
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    private EmlFile() {
    }

    /**
     * Writes the message into the folder (created if missing) and returns the file. Its name is the time the
     * message was queued, its kind and its id: a retry rewrites the same file, and a listing sorts by time. The
     * file appears whole or not at all (written aside, then moved).
     */
    static Path write(Path folder, QueuedMail mail, Sender from, Instant date, ZoneId zone) throws IOException {
        Files.createDirectories(folder);
        String name = FILE_TIME.format(mail.createdAt()) + "-" + mail.kind().replaceAll("[^A-Za-z0-9_.-]", "_")
                + "-" + mail.id() + ".eml";
        Path target = folder.resolve(name);
        Path partial = folder.resolve("." + name + ".part");
        Files.write(partial, render(mail, from, date, zone));
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static byte[] render(QueuedMail mail, Sender from, Instant date, ZoneId zone) {
        String boundary = "=_ungcuu_" + mail.id().toString().replace("-", "");
        StringBuilder eml = new StringBuilder();
        header(eml, "Date", DateTimeFormatter.RFC_1123_DATE_TIME.format(date.atZone(zone)));
        header(eml, "From", mailbox(from));
        header(eml, "To", String.join("," + CRLF + " ", mail.recipients()));
        header(eml, "Subject", text(mail.subject()));
        header(eml, "Message-ID", mail.messageId(from));
        header(eml, "MIME-Version", "1.0");
        header(eml, "Content-Type", "multipart/alternative;" + CRLF + " boundary=\"" + boundary + "\"");
        eml.append(CRLF);
        part(eml, boundary, "text/plain", mail.text());
        part(eml, boundary, "text/html", mail.html());
        eml.append("--").append(boundary).append("--").append(CRLF);
        return eml.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void header(StringBuilder eml, String name, String value) {
        eml.append(name).append(": ").append(value).append(CRLF);
    }

    private static void part(StringBuilder eml, String boundary, String type, String body) {
        eml.append("--").append(boundary).append(CRLF);
        header(eml, "Content-Type", type + "; charset=UTF-8");
        header(eml, "Content-Transfer-Encoding", "base64");
        eml.append(CRLF);
        eml.append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append(CRLF);
    }

    private static String mailbox(Sender from) {
        if (from.name() == null) {
            return from.address();
        }
        if (isPlainAscii(from.name())) {
            return "\"" + from.name().replace("\\", "\\\\").replace("\"", "\\\"") + "\" <" + from.address() + ">";
        }
        return text(from.name()) + CRLF + " <" + from.address() + ">";
    }

    /** Printable ASCII as it is; anything else as encoded words, one per folded line, never splitting a character. */
    static String text(String value) {
        if (isPlainAscii(value) && value.length() <= 900) {
            return value;
        }
        StringBuilder words = new StringBuilder();
        StringBuilder chunk = new StringBuilder();
        int chunkBytes = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int bytes = character.getBytes(StandardCharsets.UTF_8).length;
            if (chunkBytes + bytes > WORD_BYTES) {
                word(words, chunk);
                chunk.setLength(0);
                chunkBytes = 0;
            }
            chunk.append(character);
            chunkBytes += bytes;
            i += Character.charCount(codePoint);
        }
        word(words, chunk);
        return words.toString();
    }

    private static void word(StringBuilder words, CharSequence chunk) {
        if (!words.isEmpty()) {
            words.append(CRLF).append(' ');
        }
        words.append("=?UTF-8?B?")
                .append(Base64.getEncoder().encodeToString(chunk.toString().getBytes(StandardCharsets.UTF_8)))
                .append("?=");
    }

    private static boolean isPlainAscii(String value) {
        return value.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }
}
