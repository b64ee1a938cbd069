package vn.ungcuu.notification;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.ungcuu.mail.MailDispatcher;
import vn.ungcuu.notification.People.Person;
import vn.ungcuu.security.Roles;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.MailDelivery;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.TestSmtp;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * Issue 20's done-when, end to end through a real SMTP server (GreenMail in this JVM): the commune's focal point
 * files an incident, the coordinators' mailbox is told at once, and both are warned before the 24-hour and the
 * 72-hour obligations run out: each message exactly once, in Vietnamese, with a link that opens the incident.
 */
@QuarkusTest
class MailJourneyTest {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.server();

    @Inject
    MailDispatcher dispatcher;

    @Inject
    DueSoonWarnings warnings;

    @Inject
    javax.sql.DataSource db;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    /** Sends what is queued, until nothing is left due (earlier tests' rows included: they go to other boxes). */
    private void send() {
        MailDelivery.sendAll(dispatcher, db);
    }

    private static List<MimeMessage> about(String address, String reference) {
        return TestSmtp.inbox(SMTP, address).stream().filter(message -> subject(message).startsWith("[" + reference
                + "]")).toList();
    }

    /** The text/plain part, decoded as a mail program shows it. */
    private static String plainText(MimeMessage message) {
        try {
            jakarta.mail.Multipart parts = (jakarta.mail.Multipart) message.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                if (parts.getBodyPart(i).isMimeType("text/plain")) {
                    return (String) parts.getBodyPart(i).getContent();
                }
            }
            throw new AssertionError("no text/plain part");
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theFocalPointFilesTheCoordinatorsAreToldAndBothAreWarnedBeforeEachClockRunsOut() {
        // everything queued before this test is sent first, so that the clock moves past it
        MovableTimeSource.advance(Duration.ofDays(3650));
        send();
        MovableTimeSource.reset();

        String focalPointAddress = People.address("dau-moi");
        String unit = People.communeWithFocalPoint(focalPointAddress);
        Person focalPoint = People.unknown(Roles.REPORTER, unit, "Lê Văn Bình", focalPointAddress);
        Map<String, Object> filing = new HashMap<>(Map.of("title", "Máy chủ một cửa bị mã hóa dữ liệu",
                "description", "Không mở được hồ sơ từ 07:40, màn hình đòi tiền chuộc",
                "category", "RANSOMWARE",
                "detectedAt", MovableTimeSource.current().minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS)
                        .toString()));
        JsonPath filed = Api.as(focalPoint.token()).body(filing).post("/api/v1/incidents").then().statusCode(201)
                .extract().jsonPath();
        String id = filed.getString("id");
        String reference = filed.getString("reference");
        send();

        List<MimeMessage> told = about(People.MAILBOX, reference);
        assertEquals(1, told.size(), "the coordinators are told at once, once");
        assertThat(subject(told.get(0)), startsWith("[" + reference + "] "));
        String body = plainText(told.get(0));
        assertThat(body, containsString("Có sự cố mới được báo cáo"));
        assertThat(body, containsString("/#/su-co/" + id));

        // the coordinator finds it serious: the 24-hour initial notice starts beside the 72-hour report
        String coordinator = Tokens.coordinator();
        Map<String, Object> assessment = new HashMap<>(Triage.assessment(false, List.of("SERVICE_INTERRUPTION")));
        assessment.putAll(Map.of("seriousDisruption", true, "serious", true,
                "seriousReason", "Toàn bộ hồ sơ một cửa của xã không truy cập được"));
        Api.as(coordinator).body(assessment).put("/api/v1/incidents/" + id + "/assessment").then().statusCode(200);
        JsonPath incident = Api.as(coordinator).get("/api/v1/incidents/" + id).then().statusCode(200).extract()
                .jsonPath();
        List<Instant> moments = new java.util.ArrayList<>();
        Map<String, String> dueLocal = new HashMap<>();
        for (String kind : List.of("INITIAL_NOTICE", "REPORT_72H")) {
            String obligation = "deadlines.find { it.kind == '" + kind + "' }";
            Instant startsAt = Instant.parse(incident.getString(obligation + ".startsAt"));
            Instant dueAt = Instant.parse(incident.getString(obligation + ".dueAt"));
            dueLocal.put(kind, IncidentNotificationsTest.local(dueAt.toString()));
            moments.add(startsAt.plus(Duration.between(startsAt, dueAt).dividedBy(2)).plus(Duration.ofMinutes(1)));
            moments.add(dueAt.minus(Duration.ofHours(2)).plus(Duration.ofMinutes(1)));
        }
        moments.sort(null);
        for (Instant moment : moments) {
            MovableTimeSource.setTo(moment);
            // twice, as two instances would: still one message of each
            warnings.warn();
            warnings.warn();
            send();
            send();
        }
        for (String address : List.of(People.MAILBOX, focalPointAddress)) {
            List<String> warned = about(address, reference).stream().map(MailJourneyTest::subject)
                    .filter(subject -> subject.contains("Sắp đến hạn")).toList();
            for (String kind : List.of("INITIAL_NOTICE", "REPORT_72H")) {
                assertEquals(2, warned.stream().filter(subject -> subject.contains(dueLocal.get(kind))).count(),
                        address + ": " + kind + " at half-time and two hours before, once each: " + warned);
            }
        }
        // nothing was sent twice: the same message (Message-ID) reached each box once
        for (String address : List.of(People.MAILBOX, focalPointAddress)) {
            List<String> ids = about(address, reference).stream().map(message -> {
                try {
                    return message.getMessageID();
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            assertEquals(ids.size(), ids.stream().distinct().count(), address + ": " + ids);
        }
    }
}
