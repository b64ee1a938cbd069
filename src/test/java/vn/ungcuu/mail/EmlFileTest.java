package vn.ungcuu.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The .eml files of local mode read back as the message: jakarta.mail parses what {@link EmlFile} wrote. */
class EmlFileTest {

    private static final ZoneId DISTRICT = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant QUEUED = Instant.parse("2026-03-02T01:15:00Z");
    private static final Instant SENT = Instant.parse("2026-03-02T01:15:07Z");

    @TempDir
    Path folder;

    @Test
    void theFileParsesBackWithItsHeadersSubjectAndBothParts() throws Exception {
        String subject = "[SC-2026-000123] Sự cố mới: Cổng thông tin điện tử xã Minh Sơn bị thay đổi giao diện —"
                + " cần gửi báo cáo ban đầu trong vòng 24 giờ kể từ khi phát hiện 🚨";
        String text = "Kính gửi đồng chí,\n\nHạn báo cáo: 09:15 ngày 03/03/2026.\n" + "Dòng dài ".repeat(200);
        String html = "<p>Kính gửi đồng chí,</p><p>Hạn báo cáo: <b>09:15 ngày 03/03/2026</b>.</p>";
        QueuedMail mail = new QueuedMail(UUID.randomUUID(), "incident.created",
                List.of("dieu-phoi@soattt.example.vn", "dau-moi@minhson.example.vn"), subject, text, html, QUEUED);

        Path file = EmlFile.write(folder, mail, Sender.parse("Ứng cứu sự cố <no-reply@ungcuu.example.vn>"), SENT,
                DISTRICT);

        assertEquals(folder.resolve("20260302-011500-incident.created-" + mail.id() + ".eml"), file);
        String raw = Files.readString(file, StandardCharsets.US_ASCII);
        assertTrue(raw.lines().allMatch(line -> line.length() <= 78), "lines within 78 characters");
        assertTrue(raw.contains("Date: Mon, 2 Mar 2026 08:15:07 +0700\r\n"), raw);
        MimeMessage message = parse(file);
        assertEquals(subject, message.getSubject());
        assertEquals(SENT, message.getSentDate().toInstant());
        assertEquals("<" + mail.id() + "@ungcuu.example.vn>", message.getMessageID());
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertEquals("Ứng cứu sự cố", from.getPersonal());
        assertEquals("no-reply@ungcuu.example.vn", from.getAddress());
        assertEquals(mail.recipients(), Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                .map(address -> ((InternetAddress) address).getAddress()).toList());
        assertTrue(message.isMimeType("multipart/alternative"), message.getContentType());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(2, parts.getCount());
        assertPart(parts.getBodyPart(0), "text/plain", text);
        assertPart(parts.getBodyPart(1), "text/html", html);
    }

    @Test
    void aRetryRewritesTheSameFileAndNoPartialFileStays() throws Exception {
        QueuedMail mail = new QueuedMail(UUID.randomUUID(), "deadline.due-soon", List.of("a@example.vn"),
                "Plain ASCII subject", "text", "<p>html</p>", QUEUED);
        Sender from = Sender.parse("UngCuu <no-reply@ungcuu.invalid>");
        EmlFile.write(folder, mail, from, SENT, DISTRICT);
        EmlFile.write(folder, mail, from, SENT.plusSeconds(60), DISTRICT);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            MimeMessage message = parse(all.get(0));
            assertEquals("Plain ASCII subject", message.getSubject());
            assertEquals(SENT.plusSeconds(60), message.getSentDate().toInstant());
            assertEquals("UngCuu", ((InternetAddress) message.getFrom()[0]).getPersonal());
        }
    }

    @Test
    void aLineBreakInTheSubjectAddsNoHeader() throws Exception {
        QueuedMail mail = new QueuedMail(UUID.randomUUID(), "comment.added", List.of("a@example.vn"),
                "Bình luận mới\r\nBcc: someone@example.com", "text", "<p>html</p>", QUEUED);
        MimeMessage message = parse(EmlFile.write(folder, mail, Sender.parse("no-reply@ungcuu.invalid"), SENT,
                DISTRICT));
        assertNull(message.getHeader("Bcc"));
        assertEquals("Bình luận mới Bcc: someone@example.com", message.getSubject());
        assertEquals("no-reply@ungcuu.invalid", ((InternetAddress) message.getFrom()[0]).getAddress());
    }

    private static MimeMessage parse(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    private static void assertPart(BodyPart part, String type, String expected) throws Exception {
        assertTrue(part.isMimeType(type), part.getContentType());
        assertEquals("UTF-8", new jakarta.mail.internet.ContentType(part.getContentType()).getParameter("charset"));
        assertEquals(expected, part.getContent());
    }
}
