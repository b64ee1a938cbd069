package vn.ungcuu.evidence;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.AuditEntries;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** Evidence attachments over HTTP: exact bytes, safe names, limits, who may do what. */
@QuarkusTest
class EvidenceTest {

    private static final long MAX = 20L * 1024 * 1024;
    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final Pattern DISPOSITION = Pattern.compile(
            "attachment; filename=\"([\\x20-\\x7e&&[^\"\\\\]]*)\"; filename\\*=UTF-8''([A-Za-z0-9!#$&+\\-.^_`|~%]+)");

    @Inject
    DataSource db;

    private static String attachments(String incidentId) {
        return "/api/v1/incidents/" + incidentId + "/attachments";
    }

    private static RequestSpecification multipart(String token) {
        return Api.as(token).contentType("multipart/form-data");
    }

    /** As a browser uploads: the file name in UTF-8 in the part's header (the body goes chunked). */
    private static Response upload(String token, String incidentId, String filename, String mediaType, byte[] bytes) {
        return upload(token, incidentId, filename, mediaType, bytes, null);
    }

    private static Response upload(String token, String incidentId, String filename, String mediaType, byte[] bytes,
            String idempotencyKey) {
        RequestSpecification request = multipart(token);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return request
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)))
                .multiPart(new MultiPartSpecBuilder(bytes).controlName("file").fileName(filename).mimeType(mediaType)
                        .build())
                .post(attachments(incidentId));
    }

    /** A hand-written multipart body, for part headers no client library would produce. */
    private static Response uploadRaw(String token, String incidentId, String partHeaders, byte[] bytes) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--b0undary\r\n" + partHeaders + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(bytes);
        body.writeBytes("\r\n--b0undary--\r\n".getBytes(StandardCharsets.US_ASCII));
        return Api.as(token).contentType("multipart/form-data; boundary=b0undary").body(body.toByteArray())
                .post(attachments(incidentId));
    }

    private static Response download(String token, String location) {
        return Api.as(token).accept("*/*").get(location);
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private long attachmentsOf(String incidentId) {
        return Sql.count(db, "SELECT count(*) FROM attachment WHERE incident_id = ?::uuid", incidentId);
    }

    private long attachEntriesOf(String incidentId) {
        return AuditEntries.count(db, "INCIDENT", incidentId, "ATTACH");
    }

    @Test
    void theBytesComeBackExactlyWithTheirSizeAndSha256() throws Exception {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        byte[] bytes = new byte[256 * 4 + 70_001];
        for (int i = 0; i < 256 * 4; i++) {
            bytes[i] = (byte) i; // every byte value, CR, LF and the boundary's dashes included
        }
        System.arraycopy(randomBytes(70_001, 42), 0, bytes, 256 * 4, 70_001);
        String expected = sha256(bytes);

        Response created = upload(reporter, incident, "nhat-ky.bin", "application/octet-stream", bytes);
        created.then().statusCode(201)
                .header("Location", containsString(attachments(incident) + "/"))
                .body("filename", equalTo("nhat-ky.bin"))
                .body("contentType", equalTo("application/octet-stream"))
                .body("size", equalTo(bytes.length))
                .body("sha256", equalTo(expected))
                .body("uploadedBy", equalTo(Tokens.subjectOf(reporter)))
                .body("uploadedAt", endsWith("Z"));
        String location = created.header("Location");
        assertTrue(location.endsWith(created.path("id").toString()));

        Response answer = download(reporter, location);
        answer.then().statusCode(200)
                .contentType("application/octet-stream")
                .header("Content-Length", String.valueOf(bytes.length))
                .header("ETag", "\"" + expected + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"nhat-ky.bin\"; filename*=UTF-8''nhat-ky.bin");
        assertArrayEquals(bytes, answer.asByteArray());

        download(reporter, location).then(); // the same again: reads are repeatable
        Api.as(reporter).accept("*/*").header("If-None-Match", "\"" + expected + "\"").get(location).then()
                .statusCode(304).header("ETag", "\"" + expected + "\"");
    }

    @Test
    void aFileSpanningManySlicesRoundTrips() throws Exception {
        String coordinator = Tokens.coordinator();
        String incident = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        byte[] bytes = randomBytes(EvidenceStore.SLICE * 3 + 17, 7);
        Response created = upload(coordinator, incident, "anh-chup.png", "image/png", bytes);
        created.then().statusCode(201).body("sha256", equalTo(sha256(bytes))).body("contentType", equalTo("image/png"));
        Response answer = download(Tokens.auditor(), created.header("Location"));
        answer.then().statusCode(200).contentType("image/png");
        assertArrayEquals(bytes, answer.asByteArray());
    }

    @Test
    void anEmptyFileIsEvidenceToo() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        Response created = upload(reporter, incident, "auth.log", "text/plain; charset=UTF-8", new byte[0]);
        created.then().statusCode(201).body("size", equalTo(0)).body("sha256", equalTo(EMPTY_SHA256))
                .body("contentType", equalTo("text/plain; charset=utf-8"));
        // without the contract filter: it takes every documented body to be non-empty
        Response answer = Api.as(reporter).noFilters().accept("*/*").get(created.header("Location"));
        answer.then().statusCode(200).header("Content-Length", "0").header("ETag", "\"" + EMPTY_SHA256 + "\"");
        assertEquals(0, answer.asByteArray().length);
    }

    @Test
    void vietnameseNamesQuotesAndPathsGiveASafeContentDisposition() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        byte[] bytes = "log".getBytes(StandardCharsets.UTF_8);

        // the name as a client sent it, UTF-8 in the part header, with directories of both kinds
        Response plain = upload(reporter, incident, "C:\\Users\\lan\\..\\../etc/Biên bản sự cố 'máy chủ' Đà Lạt.txt",
                "text/plain", bytes);
        plain.then().statusCode(201).body("filename", equalTo("Biên bản sự cố 'máy chủ' Đà Lạt.txt"));
        assertSafe(download(reporter, plain.header("Location")).header("Content-Disposition"),
                "Bien ban su co 'may chu' Da Lat.txt", "Biên bản sự cố 'máy chủ' Đà Lạt.txt");

        // RFC 5987 form, carrying what a quoted name cannot: quotes, CR LF, NUL, a right-to-left override
        String encoded = "..%2F..%2Fb%C3%A1o%20c%C3%A1o%20%22m%E1%BA%ADt%22%0D%0AX-Evil%3A%201%00%E2%80%AEfdp.exe";
        Response tricky = uploadRaw(reporter, incident, "Content-Disposition: form-data; name=\"file\"; filename*=UTF-8''"
                + encoded + "\r\nContent-Type: text/html", bytes);
        tricky.then().statusCode(201).body("filename", equalTo("báo cáo mậtX-Evil: 1fdp.exe"))
                .body("contentType", equalTo("text/html"));
        Response answer = download(reporter, tricky.header("Location"));
        answer.then().statusCode(200).contentType("text/html").header("X-Content-Type-Options", "nosniff");
        assertSafe(answer.header("Content-Disposition"), "bao cao matX-Evil: 1fdp.exe", "báo cáo mậtX-Evil: 1fdp.exe");
        assertEquals(null, answer.header("X-Evil"));

        // nothing left of the name but a path: a neutral one
        uploadRaw(reporter, incident, "Content-Disposition: form-data; name=\"file\"; filename=\"../..\"", bytes)
                .then().statusCode(201).body("filename", equalTo("attachment"));
    }

    @Test
    void aFileNameInAnUnknownEncodingOrAPartWithoutANameIs400AndNothingIsStored() {
        Reporter reporter = Reporter.ofNewCommune();
        String incident = Fixtures.incidentFiledBy(reporter.token());

        // found by HostileInputIT: the multipart parser threw a bare RuntimeException, answered 500
        uploadRaw(reporter.token(), incident, "Content-Disposition: form-data; name=\"file\"; filename*=NOPE''x",
                "hello".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:malformed-request"))
                .body("detail", containsString("encoding"));
        assertEquals(0, attachmentsOf(incident));
        assertEquals(0, attachEntriesOf(incident));

        // also found by HostileInputIT: a part without a name gave a validation problem whose field was null
        uploadRaw(reporter.token(), incident, "Content-Disposition: attachment", "hello".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).body("errors[0].field", equalTo("file"))
                .body("errors[0].message", containsString("no name"));
        assertEquals(0, attachmentsOf(incident));
    }

    @Test
    void aPartWithAnUnreadableContentTypeIs400AndNothingIsStored() {
        Reporter reporter = Reporter.ofNewCommune();
        String incident = Fixtures.incidentFiledBy(reporter.token());

        // found by HostileInputIT (seed -1986944260086400063): the multipart parser's media type parse threw
        // an IllegalArgumentException from outside its own package, answered 500
        uploadRaw(reporter.token(), incident, "Content-Type: garbage", "hello".getBytes(StandardCharsets.UTF_8))
                .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:malformed-request"))
                .body("detail", containsString("Content-Type"));
        assertEquals(0, attachmentsOf(incident));
        assertEquals(0, attachEntriesOf(incident));
    }

    private static void assertSafe(String disposition, String ascii, String name) {
        assertNotNull(disposition);
        Matcher parts = DISPOSITION.matcher(disposition);
        assertTrue(parts.matches(), "unsafe Content-Disposition: " + disposition);
        assertEquals(ascii, parts.group(1));
        assertEquals(name, URLDecoder.decode(parts.group(2).replace("+", "%2B"), StandardCharsets.UTF_8));
        assertFalse(disposition.chars().anyMatch(c -> c < 0x20 || c > 0x7e), "non-ASCII header: " + disposition);
    }

    @Test
    void aFileOverTheLimitIs413AndNothingIsStored() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        long contentRows = Sql.count(db, "SELECT count(*) FROM attachment_content");

        // one byte over: read and spooled, then refused by the service
        upload(reporter, incident, "qua-lon.bin", "application/octet-stream", new byte[(int) MAX + 1]).then()
                .statusCode(413).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:payload-too-large"))
                .body("detail", containsString(String.valueOf(MAX)));
        // far over: refused from its declared length, before the body is read
        upload(reporter, incident, "qua-lon.bin", "application/octet-stream", new byte[(int) MAX + 2 * 1024 * 1024])
                .then().statusCode(413).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:payload-too-large"));

        assertEquals(0, attachmentsOf(incident));
        assertEquals(0, attachEntriesOf(incident));
        assertEquals(contentRows, Sql.count(db, "SELECT count(*) FROM attachment_content"));
        // and JSON bodies keep their own, much smaller limit
        Map<String, Object> huge = new HashMap<>(Fixtures.incidentBody("x"));
        huge.put("description", "a".repeat(1_100_000));
        Api.as(reporter).body(huge).post("/api/v1/incidents").then().statusCode(413);
    }

    @Test
    void aStateSecretIncidentRefusesAttachments() {
        Reporter reporter = Reporter.ofNewCommune();
        String incident = Fixtures.incidentFiledBy(reporter.token(), "Lộ tài liệu mật", Map.of("stateSecret", true));
        for (String token : List.of(reporter.token(), Tokens.coordinator())) {
            upload(token, incident, "tai-lieu.docx", "application/octet-stream", new byte[] {1, 2, 3}).then()
                    .statusCode(409).contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("urn:ungcuu:problem:conflict"))
                    .body("detail", containsString("state-secret"));
        }
        assertEquals(0, attachmentsOf(incident));
    }

    @Test
    void closedAndRejectedIncidentsRefuseAttachments() {
        String coordinator = Tokens.coordinator();
        for (String status : List.of("CLOSED", "REJECTED")) {
            String incident = Triage.incidentIn(status, coordinator);
            upload(coordinator, incident, "muon.txt", "text/plain", new byte[] {1}).then()
                    .statusCode(409).body("currentStatus", equalTo(status));
            assertEquals(0, attachmentsOf(incident));
        }
        String resolved = Triage.incidentIn("RESOLVED", coordinator);
        upload(coordinator, resolved, "bao-cao.pdf", "application/pdf", new byte[] {1}).then().statusCode(201);
    }

    @Test
    void anotherUnitsReporterSeesNothing() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        String location = upload(reporter, incident, "a.txt", "text/plain", new byte[] {1}).then().statusCode(201)
                .extract().header("Location");
        String stranger = Tokens.reporter(Fixtures.commune());

        upload(stranger, incident, "b.txt", "text/plain", new byte[] {2}).then().statusCode(404)
                .contentType(Api.PROBLEM_JSON).body("type", equalTo("urn:ungcuu:problem:not-found"));
        Api.as(stranger).get(attachments(incident)).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        download(stranger, location).then().statusCode(404).contentType(Api.PROBLEM_JSON);
        // a responder sees only what is assigned to it, the provincial team only escalated incidents
        download(Tokens.responder("r-" + incident), location).then().statusCode(404);
        download(Tokens.provincial(), location).then().statusCode(404);
        assertEquals(1, attachmentsOf(incident));
    }

    @Test
    void anAuditorListsAndDownloadsButDoesNotUpload() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        byte[] bytes = randomBytes(1000, 3);
        String location = upload(reporter, incident, "a.bin", "application/octet-stream", bytes).then()
                .statusCode(201).extract().header("Location");
        String auditor = Tokens.auditor();

        Api.as(auditor).get(attachments(incident)).then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].filename", equalTo("a.bin")).body("nextCursor", nullValue());
        assertArrayEquals(bytes, download(auditor, location).then().statusCode(200).extract().asByteArray());
        upload(auditor, incident, "b.bin", "application/octet-stream", bytes).then().statusCode(403)
                .contentType(Api.PROBLEM_JSON).body("type", equalTo("urn:ungcuu:problem:forbidden"));
        upload(Tokens.admin(), incident, "b.bin", "application/octet-stream", bytes).then().statusCode(403);
        assertEquals(1, attachmentsOf(incident));
    }

    @Test
    void theAssignedResponderAttachesAndEveryAttachmentIsInTheHistory() throws Exception {
        String coordinator = Tokens.coordinator();
        String incident = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        String responderId = "responder-" + incident.substring(0, 8);
        Api.as(coordinator).contentType("application/merge-patch+json").body(Map.of("assignee", responderId))
                .patch("/api/v1/incidents/" + incident).then().statusCode(200);
        byte[] bytes = "pcap".getBytes(StandardCharsets.UTF_8);
        String id = upload(Tokens.responder(responderId), incident, "luu-luong.pcap", "application/vnd.tcpdump.pcap",
                bytes).then().statusCode(201).extract().path("id");

        Api.as(coordinator).get("/api/v1/incidents/" + incident + "/history").then().statusCode(200)
                .body("items[-1].action", equalTo("ATTACH"))
                .body("items[-1].actor", equalTo(responderId))
                .body("items[-1].changes.find { it.field == 'attachment.id' }.to", equalTo(id))
                .body("items[-1].changes.find { it.field == 'attachment.filename' }.to", equalTo("luu-luong.pcap"))
                .body("items[-1].changes.find { it.field == 'attachment.size' }.to", equalTo(4))
                .body("items[-1].changes.find { it.field == 'attachment.sha256' }.to", equalTo(sha256(bytes)));
        assertEquals(1, attachEntriesOf(incident));
    }

    @Test
    void theProvincialTeamSeesAndHearsOfEvidenceOnAnEscalatedIncident() {
        String coordinator = Tokens.coordinator();
        String incident = Escalations.seriousIncidentEscalated(coordinator).incidentId();
        byte[] bytes = "ransom note".getBytes(StandardCharsets.UTF_8);
        String location = upload(coordinator, incident, "ransom.txt", "text/plain", bytes).then().statusCode(201)
                .extract().header("Location");
        String provincial = Tokens.provincial();
        Api.as(provincial).get(attachments(incident)).then().statusCode(200).body("items", hasSize(1));
        assertArrayEquals(bytes, download(provincial, location).then().statusCode(200).extract().asByteArray());
        upload(provincial, incident, "b.txt", "text/plain", bytes).then().statusCode(403);
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM outbox_event WHERE incident_id = ?::uuid"
                + " AND type = 'incident.updated' AND body LIKE '%\"ATTACH\"%'", incident));
    }

    @Test
    void aRetriedUploadWithAnIdempotencyKeyIsStoredOnce() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        byte[] bytes = randomBytes(5000, 11);
        Response first = upload(reporter, incident, "nhat-ky.log", "text/plain", bytes, "upload-1");
        first.then().statusCode(201);
        Response retry = upload(reporter, incident, "nhat-ky.log", "text/plain", bytes, "upload-1");
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", equalTo(first.header("Location")));
        assertEquals(first.asString(), retry.asString());
        upload(reporter, incident, "nhat-ky.log", "text/plain", randomBytes(5000, 12), "upload-1").then()
                .statusCode(422).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:idempotency-key-reused"));
        upload(reporter, incident, "nhat-ky.log", "text/plain", bytes, "bad key").then()
                .statusCode(400).body("errors.field", hasItem("Idempotency-Key"));
        assertEquals(1, attachmentsOf(incident));
        assertEquals(1, attachEntriesOf(incident));
    }

    @Test
    void theListPagesOldestFirst() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        for (String name : List.of("1.txt", "2.txt", "3.txt")) {
            upload(reporter, incident, name, "text/plain", name.getBytes(StandardCharsets.UTF_8)).then().statusCode(201);
        }
        Response first = Api.as(reporter).queryParam("limit", 2).get(attachments(incident));
        first.then().statusCode(200).body("items.filename", equalTo(List.of("1.txt", "2.txt")))
                .header("Link", containsString("rel=\"next\""));
        Api.as(reporter).queryParam("limit", 2).queryParam("cursor", first.path("nextCursor").toString())
                .get(attachments(incident)).then().statusCode(200)
                .body("items.filename", equalTo(List.of("3.txt"))).body("nextCursor", nullValue());
        Api.as(reporter).queryParam("cursor", "bm90LWEtY3Vyc29y").get(attachments(incident)).then()
                .statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void badUploadsAre400Or415() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);

        multipart(reporter).multiPart("note", "no file here").post(attachments(incident)).then()
                .statusCode(400).contentType(Api.PROBLEM_JSON).body("errors.field", hasItem("note"));
        uploadRaw(reporter, incident, "Content-Disposition: form-data; name=\"file\"", "plain text".getBytes(
                StandardCharsets.UTF_8)).then().statusCode(400).body("errors.field", hasItem("file"));
        // an HTML form whose file input was left empty
        uploadRaw(reporter, incident, "Content-Disposition: form-data; name=\"file\"; filename=\"\"\r\n"
                + "Content-Type: application/octet-stream", new byte[0]).then()
                .statusCode(400).body("errors.field", hasItem("file"));
        multipart(reporter).multiPart(new MultiPartSpecBuilder(new byte[] {1}).controlName("file").fileName("a").build())
                .multiPart(new MultiPartSpecBuilder(new byte[] {2}).controlName("file").fileName("b").build())
                .post(attachments(incident)).then().statusCode(400).body("errors.field", hasItem("file"));
        Api.as(reporter).body(Map.of("file", "x")).post(attachments(incident)).then()
                .statusCode(415).contentType(Api.PROBLEM_JSON);
        // what the multipart parser chokes on is still the client's doing
        for (String name : List.of("filename*=UTF-8''%ZZ.txt", "filename*=no-charset.txt")) {
            uploadRaw(reporter, incident, "Content-Disposition: form-data; name=\"file\"; " + name, new byte[] {1})
                    .then().statusCode(400).contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("urn:ungcuu:problem:malformed-request"));
        }
        Api.as(reporter).contentType("multipart/form-data; boundary=b0undary")
                .body("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\ncut sh"
                        .getBytes(StandardCharsets.UTF_8))
                .post(attachments(incident)).then().statusCode(400).contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:malformed-request"));
        assertEquals(0, attachmentsOf(incident));

        // unknown and malformed ids name nothing
        Api.as(reporter).accept("*/*").get(attachments(incident) + "/not-a-uuid").then().statusCode(404);
        Api.as(reporter).accept("*/*").get(attachments(incident) + "/" + incident).then().statusCode(404);
        upload(reporter, "00000000-0000-7000-8000-000000000000", "a.txt", "text/plain", new byte[] {1}).then()
                .statusCode(404);
    }

    @Test
    void anAttachmentIsReadOnlyThroughItsOwnIncident() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        String other = Fixtures.incidentFiledBy(reporter);
        String id = upload(reporter, incident, "a.txt", "text/plain", new byte[] {1}).then().statusCode(201)
                .extract().path("id");
        download(reporter, attachments(other) + "/" + id).then().statusCode(404);
    }

    @Test
    void storedEvidenceCannotBeChangedOrDeleted() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        String id = upload(reporter, incident, "a.txt", "text/plain", new byte[] {1}).then().statusCode(201)
                .extract().path("id");
        assertThrows(java.sql.SQLException.class,
                () -> Sql.execute(db, "UPDATE attachment SET filename = 'b.txt' WHERE id = ?::uuid", id));
        assertThrows(java.sql.SQLException.class,
                () -> Sql.execute(db, "UPDATE attachment_content SET data = '\\x00' WHERE id = ?::uuid", id));
        assertThrows(java.sql.SQLException.class,
                () -> Sql.execute(db, "DELETE FROM attachment_content WHERE id = ?::uuid", id));
        assertThrows(java.sql.SQLException.class, () -> Sql.execute(db, "TRUNCATE attachment CASCADE"));
        assertEquals(1, attachmentsOf(incident));
    }

    /**
     * Uploading and downloading a file near the limit allocates nothing near its size on the server's
     * threads (JFR records every allocation too big for a thread-local buffer, exactly), and the heap
     * keeps nothing of it afterwards.
     */
    @Test
    void memoryStaysFlatForAFileNearTheLimit() throws Exception {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        int size = 19 * 1024 * 1024;
        byte[] bytes = randomBytes(size, 19);
        String expected = sha256(bytes);
        upload(reporter, incident, "warm-up.bin", "application/octet-stream", new byte[4096]).then().statusCode(201);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = heapAfterGc(memory);
        String location;
        long largestUpload;
        long largestDownload;
        Path dump = Files.createTempFile("evidence-allocations", ".jfr");
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ObjectAllocationOutsideTLAB").withoutStackTrace();
            recording.start();
            location = upload(reporter, incident, "gan-gioi-han.bin", "application/octet-stream", bytes).then()
                    .statusCode(201).body("sha256", equalTo(expected)).extract().header("Location");
            recording.stop();
            recording.dump(dump);
            largestUpload = largestServerAllocation(dump);
        }
        long heapAfterUpload = heapAfterGc(memory);
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ObjectAllocationOutsideTLAB").withoutStackTrace();
            recording.start();
            byte[] back = download(reporter, location).then().statusCode(200).extract().asByteArray();
            recording.stop();
            recording.dump(dump);
            largestDownload = largestServerAllocation(dump);
            assertEquals(expected, sha256(back));
        } finally {
            Files.deleteIfExists(dump);
        }
        long retained = heapAfterUpload - heapBefore;
        System.out.printf("evidence memory: file %d bytes; largest server allocation: upload %d, download %d; "
                + "heap after GC before %d, after upload %d (retained %d)%n", size, largestUpload, largestDownload,
                heapBefore, heapAfterUpload, retained);
        assertTrue(largestUpload < size / 8, "an allocation of " + largestUpload + " bytes during the upload");
        assertTrue(largestDownload < size / 8, "an allocation of " + largestDownload + " bytes during the download");
        assertTrue(retained < size / 4, "the heap kept " + retained + " bytes after the upload");
    }

    private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** The largest single allocation outside a TLAB by the server's threads (not the test's client). */
    private static long largestServerAllocation(Path dump) throws Exception {
        long largest = 0;
        long total = 0;
        Map<String, Long> byThread = new java.util.TreeMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(dump)) {
            String thread = event.getThread("eventThread") == null ? "?" : event.getThread("eventThread").getJavaName();
            long size = event.getLong("allocationSize");
            byThread.merge(String.valueOf(thread).replaceAll("\\d+$", "N"), size, Math::max);
            if (thread != null && (thread.startsWith("executor-thread") || thread.startsWith("vert.x-"))) {
                largest = Math.max(largest, size);
                total += size;
            }
        }
        System.out.printf("evidence memory: largest allocation outside a TLAB per thread %s; server total %d%n",
                byThread, total);
        return largest;
    }
}
