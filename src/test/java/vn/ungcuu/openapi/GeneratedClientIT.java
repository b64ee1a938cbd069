package vn.ungcuu.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.w3c.dom.Element;
import ungcuu.client.ApiClient;
import ungcuu.client.ApiException;
import ungcuu.client.ApiResponse;
import ungcuu.client.api.ExchangeApi;
import ungcuu.client.api.IncidentsApi;
import ungcuu.client.api.IncidentsApi.APICreateIncidentRequest;
import ungcuu.client.api.IncidentsApi.APIExportIncidentsRequest;
import ungcuu.client.api.IncidentsApi.APIGetIncidentRequest;
import ungcuu.client.api.IncidentsApi.APIListIncidentsRequest;
import ungcuu.client.api.IncidentsApi.APIPatchIncidentRequest;
import ungcuu.client.api.InformationSystemsApi;
import ungcuu.client.api.ReportsApi;
import ungcuu.client.api.ReportsApi.APIExportSummaryReportRequest;
import ungcuu.client.api.UnitsApi;
import ungcuu.client.model.Category;
import ungcuu.client.model.FieldError;
import ungcuu.client.model.Incident;
import ungcuu.client.model.IncidentPage;
import ungcuu.client.model.IncidentPatch;
import ungcuu.client.model.NewIncident;
import ungcuu.client.model.Problem;
import ungcuu.client.model.StixBundle;
import ungcuu.client.model.SystemInput;
import ungcuu.client.model.Tlp;
import ungcuu.client.model.UnitInput;
import ungcuu.client.model.UnitType;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/**
 * An integrator's journey through the Java client generated from {@code openapi/openapi.yaml} by the pinned
 * openapi-generator (pom.xml: {@code target/generated-clients/java}, packages {@code ungcuu.client.*}),
 * against the packaged service: nothing in the journey goes around the client, so what an integrator's
 * generated client meets, this test meets. It files with an Idempotency-Key and replays it, pages with the
 * cursor, patches one field with If-Match (and checks that only that field changed: the merge-patch contract
 * as a generated client keeps it), gets a stale If-Match, a validation error and a 304 as the client's
 * ApiException, and downloads the exports as files.
 */
class GeneratedClientIT {

    private final PostgresResource database = new PostgresResource();
    private PackagedService service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        database.stop();
    }

    @Test
    @Timeout(value = 150, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anIntegratorsJourneyThroughTheGeneratedJavaClient() throws Exception {
        service = PackagedService.startReady(PackagedService.environment(database.start()), "generated-client-it");
        long started = System.nanoTime();

        // an administrator registers a commune and two of its information systems
        String unit = Fixtures.uniqueCode("XA");
        ApiClient admin = client(Tokens.admin());
        new UnitsApi(admin).createUnit(new UnitInput().code(unit).name("UBND xã " + unit).type(UnitType.COMMUNE));
        InformationSystemsApi systems = new InformationSystemsApi(admin);
        List<UUID> affected = List.of(
                systems.createSystem(new SystemInput().unitCode(unit).name("Cổng thông tin xã").securityLevel(2)).getId(),
                systems.createSystem(new SystemInput().unitCode(unit).name("Một cửa điện tử").securityLevel(3)).getId());

        ApiClient reporter = client(Tokens.reporter(unit));
        IncidentsApi reporterIncidents = new IncidentsApi(reporter);
        Incident filed = fileWithAnIdempotencyKey(reporterIncidents, affected);
        Set<UUID> all = new HashSet<>(Set.of(filed.getId()));
        for (int n = 2; n <= 3; n++) {
            all.add(reporterIncidents.createIncident(newIncident("Sự cố thứ " + n, List.of()), "journey-" + n).getId());
        }
        pageWithTheCursor(reporterIncidents, all);
        patchOneFieldAtATime(new IncidentsApi(client(Tokens.coordinator())), reporterIncidents, filed.getId());
        aValidationErrorNamesTheField(reporterIncidents);
        downloadTheExports(reporter, client(Tokens.coordinator()),
                reporterIncidents.getIncident(APIGetIncidentRequest.newBuilder().id(filed.getId()).build()));

        System.out.printf("[generated-client] journey through the generated Java client in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** The first filing answers 201; the retry with the same key and body replays it, creating nothing. */
    private static Incident fileWithAnIdempotencyKey(IncidentsApi incidents, List<UUID> affected) throws ApiException {
        NewIncident body = newIncident("Cổng thông tin xã bị thay đổi giao diện", affected);
        APICreateIncidentRequest request = APICreateIncidentRequest.newBuilder()
                .newIncident(body).idempotencyKey("journey-1-" + UUID.randomUUID()).build();
        ApiResponse<Incident> first = incidents.createIncidentWithHttpInfo(request);
        assertEquals(201, first.getStatusCode());
        assertNotEquals("true", header(first, "Idempotent-Replayed"));
        assertEquals("\"0\"", header(first, "ETag"), "the new incident's ETag, for the first If-Match");
        Incident filed = first.getData();
        assertEquals(body.getTitle(), filed.getTitle(), "UTF-8 both ways");
        assertEquals(Set.copyOf(affected), Set.copyOf(filed.getAffectedSystemIds()));

        ApiResponse<Incident> retry = incidents.createIncidentWithHttpInfo(request);
        assertEquals(201, retry.getStatusCode());
        assertEquals("true", header(retry, "Idempotent-Replayed"));
        assertEquals(filed.getId(), retry.getData().getId());
        assertEquals(header(first, "Location"), header(retry, "Location"));
        return filed;
    }

    /** limit=1 and nextCursor until it is null: every incident once, one a page. */
    private static void pageWithTheCursor(IncidentsApi incidents, Set<UUID> expected) throws ApiException {
        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        do {
            IncidentPage page = incidents.listIncidents(APIListIncidentsRequest.newBuilder()
                    .limit(1).cursor(cursor).build());
            assertEquals(1, page.getItems().size(), "a page of one");
            seen.add(page.getItems().get(0).getId());
            cursor = page.getNextCursor();
            assertTrue(seen.size() <= expected.size(), "the cursor ends: " + seen);
        } while (cursor != null);
        assertEquals(expected.size(), seen.size(), "no incident twice: " + seen);
        assertEquals(expected, Set.copyOf(seen));
    }

    /**
     * A PATCH through the generated client of one field changes that field and nothing else (what the
     * client leaves unset is not sent, neither as null nor as an empty list): the coordinator sets only the
     * assignee, then the reporter only the TLP. If-Match is the ETag read with the incident; the ETag of
     * before the change is then stale (412), and a current one in If-None-Match answers 304.
     */
    private static void patchOneFieldAtATime(IncidentsApi coordinator, IncidentsApi reporter, UUID id)
            throws Exception {
        ApiResponse<Incident> read = reporter.getIncidentWithHttpInfo(
                APIGetIncidentRequest.newBuilder().id(id).build());
        Incident before = read.getData();
        String etag = header(read, "ETag");
        assertNotNull(etag, "a single incident carries its ETag");
        assertNull(before.getAssignee());
        assertTrue(!before.getAffectedSystemIds().isEmpty() && before.getTlp() != Tlp.RED, "a patch to see: " + before);

        Incident assigned = coordinator.patchIncident(APIPatchIncidentRequest.newBuilder().id(id)
                .incidentPatch(new IncidentPatch().assignee("responder-" + id)).ifMatch(etag).build());
        assertOnlyChanged(before, assigned, "assignee", "responder-" + id);

        ApiResponse<Incident> reread = reporter.getIncidentWithHttpInfo(
                APIGetIncidentRequest.newBuilder().id(id).build());
        String current = header(reread, "ETag");
        assertNotEquals(etag, current);
        Incident marked = reporter.patchIncident(APIPatchIncidentRequest.newBuilder().id(id)
                .incidentPatch(new IncidentPatch().tlp(Tlp.RED)).ifMatch(current).build());
        assertOnlyChanged(reread.getData(), marked, "tlp", Tlp.RED);
        Incident after = reporter.getIncident(APIGetIncidentRequest.newBuilder().id(id).build());
        assertEquals(fields(marked), fields(after), "as read again");

        // the ETag of before the change: 412, as problem+json the client's model reads
        ApiException stale = assertThrows(ApiException.class, () -> reporter.patchIncident(
                APIPatchIncidentRequest.newBuilder().id(id).incidentPatch(new IncidentPatch().title("Muộn"))
                        .ifMatch(current).build()));
        Problem problem = problem(stale, 412);
        assertEquals(URI.create("urn:ungcuu:problem:precondition-failed"), problem.getType());
        assertNotNull(problem.getDetail());
        assertEquals("Cổng thông tin xã bị thay đổi giao diện",
                reporter.getIncident(APIGetIncidentRequest.newBuilder().id(id).build()).getTitle(), "nothing changed");

        // the current ETag in If-None-Match: 304, which the generated client throws as an ApiException
        String latest = header(reporter.getIncidentWithHttpInfo(APIGetIncidentRequest.newBuilder().id(id).build()),
                "ETag");
        ApiException notModified = assertThrows(ApiException.class, () -> reporter.getIncident(
                APIGetIncidentRequest.newBuilder().id(id).ifNoneMatch(latest).build()));
        assertEquals(304, notModified.getCode());
        assertEquals(latest, notModified.getResponseHeaders().firstValue("ETag").orElse(null));
    }

    /** An empty title: 400 validation problem naming the field, with the request's id. */
    private static void aValidationErrorNamesTheField(IncidentsApi incidents) throws Exception {
        ApiException refused = assertThrows(ApiException.class,
                () -> incidents.createIncident(newIncident("", List.of()), null));
        Problem problem = problem(refused, 400);
        assertEquals(URI.create("urn:ungcuu:problem:validation"), problem.getType());
        assertTrue(problem.getErrors().stream().map(FieldError::getField).anyMatch("title"::equals),
                "errors name the title: " + problem.getErrors());
        assertEquals(refused.getResponseHeaders().firstValue("X-Request-Id").orElse(null), problem.getRequestId());
    }

    /**
     * The exports, downloaded by the generated client as files ({@code format: binary}) and read as UTF-8:
     * the reporter's incidents as CSV, the incident as IODEF and as STIX, the year's summary report as CSV.
     */
    private static void downloadTheExports(ApiClient reporter, ApiClient coordinator, Incident incident)
            throws Exception {
        UUID id = incident.getId();
        String csv = readAndDelete(new IncidentsApi(reporter).exportIncidents(
                APIExportIncidentsRequest.newBuilder().format("csv").build()));
        assertTrue(csv.startsWith("id,reference,unitCode,title,description,category,status,"), csv);
        assertTrue(csv.contains(id + "," + incident.getReference() + "," + incident.getUnitCode() + ","
                + incident.getTitle() + ","), "the incident's row: " + csv);
        assertEquals(4, csv.split("\r\n").length, "a header and the unit's three incidents: " + csv);

        File iodefFile = new ExchangeApi(reporter).exportIncidentIodef(id);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(iodefFile).getDocumentElement();
        assertEquals("IODEF-Document", root.getLocalName());
        assertEquals("urn:ietf:params:xml:ns:iodef-2.0", root.getNamespaceURI());
        String iodef = readAndDelete(iodefFile);
        assertTrue(iodef.contains(">" + incident.getReference() + "</IncidentID>"), iodef);
        assertTrue(iodef.contains(">" + incident.getTitle() + "</Description>"), "UTF-8: " + iodef);

        StixBundle stix = new ExchangeApi(reporter).exportIncidentStix(id);
        assertEquals("bundle", String.valueOf(stix.getType()));
        assertTrue(stix.getObjects() != null && !stix.getObjects().isEmpty(), "objects: " + stix);

        String year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String summary = readAndDelete(new ReportsApi(coordinator).exportSummaryReport(
                APIExportSummaryReportRequest.newBuilder().format("csv").period(year).build()));
        assertTrue(summary.startsWith("section,key,value\r\nsummary,period," + year + "\r\n"), summary);
    }

    /** A client of the service as the holder of this token, as an integrator would set one up. */
    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + service.port());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        client.setReadTimeout(Duration.ofSeconds(30));
        return client;
    }

    private static NewIncident newIncident(String title, List<UUID> affected) {
        return new NewIncident().title(title).description("Trang chủ hiển thị nội dung lạ").category(Category.DEFACEMENT)
                .detectedAt(OffsetDateTime.now().minusHours(2).truncatedTo(ChronoUnit.SECONDS))
                .affectedSystemIds(affected.isEmpty() ? null : affected);
    }

    /** The problem+json body of an error answer, read with the generated model; its status checked. */
    private static Problem problem(ApiException e, int status) throws Exception {
        assertEquals(status, e.getCode(), e.getMessage());
        assertEquals("application/problem+json",
                e.getResponseHeaders().firstValue("Content-Type").orElse("").split(";")[0].trim());
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(status, problem.getStatus());
        return problem;
    }

    private static void assertOnlyChanged(Incident before, Incident after, String field, Object value) {
        Map<String, Object> expected = fields(before);
        expected.put(field, value);
        assertEquals(expected, fields(after), "a PATCH of " + field + " changes " + field + " only");
        assertEquals(before.getVersion() + 1, after.getVersion());
    }

    /** Every field of the incident a PATCH could touch, and those it must never touch. */
    private static Map<String, Object> fields(Incident incident) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", incident.getId());
        fields.put("reference", incident.getReference());
        fields.put("unitCode", incident.getUnitCode());
        fields.put("title", incident.getTitle());
        fields.put("description", incident.getDescription());
        fields.put("category", incident.getCategory());
        fields.put("affectedSystemIds", incident.getAffectedSystemIds() == null ? null
                : Set.copyOf(incident.getAffectedSystemIds()));
        fields.put("tlp", incident.getTlp());
        fields.put("assignee", incident.getAssignee());
        fields.put("status", incident.getStatus());
        fields.put("severity", incident.getSeverity());
        fields.put("detectedAt", incident.getDetectedAt());
        fields.put("reportedAt", incident.getReportedAt());
        fields.put("reportedBy", incident.getReportedBy());
        fields.put("beyondCapacity", incident.getBeyondCapacity());
        fields.put("stateSecret", incident.getStateSecret());
        return fields;
    }

    private static String readAndDelete(File file) throws IOException {
        try {
            return Files.readString(file.toPath(), StandardCharsets.UTF_8);
        } finally {
            Files.delete(file.toPath());
        }
    }

    /** A response header, by name in any case. */
    private static String header(ApiResponse<?> response, String name) {
        return response.getHeaders().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
}
