package vn.ungcuu.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Escalations.Escalated;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.WebhookReceiver;

/** Signed webhooks to a real HTTP receiver that fails, stalls and recovers. */
@QuarkusTest
class WebhookDeliveryTest {

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DataSource db;

    @ConfigProperty(name = "ungcuu.provincial.webhook.url")
    String webhookUrl;

    private WireMock receiver;

    @BeforeEach
    void receiver() {
        receiver = WebhookReceiver.client(webhookUrl);
        WebhookReceiver.acceptAll(receiver);
        drain();
    }

    @AfterEach
    void reset() {
        MovableTimeSource.reset();
        WebhookReceiver.acceptAll(receiver);
    }

    @Test
    void anEscalationArrivesSignedWithAStableDeliveryId() throws Exception {
        Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        String eventId = eventOf(escalated.escalationId(), "escalation.created");
        drain();

        List<LoggedRequest> received = receivedFor(eventId);
        assertEquals(1, received.size());
        LoggedRequest request = received.get(0);
        assertEquals("escalation.created", request.getHeader("X-UngCuu-Event"));
        assertEquals("application/json", request.getHeader("Content-Type"));
        // computed here independently of the service's own signing code
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(WebhookReceiver.SECRET.getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        assertEquals("sha256=" + java.util.HexFormat.of().formatHex(mac.doFinal(request.getBody())),
                request.getHeader("X-UngCuu-Signature-256"));
        assertTrue(request.getHeader("X-UngCuu-Signature-256").matches("sha256=[0-9a-f]{64}"));
        JsonNode body = json.readTree(new String(request.getBody(), StandardCharsets.UTF_8));
        assertEquals(eventId, body.get("id").asText());
        assertEquals("escalation.created", body.get("type").asText());
        assertEquals(escalated.incidentId(), body.at("/data/incidentId").asText());
        assertEquals("SERIOUS", body.at("/data/initialReport/impact/legalClass").asText());
        Api.as(Tokens.provincial()).get("/api/v1/escalations/" + escalated.escalationId() + "/deliveries").then()
                .statusCode(200)
                .body("find { it.id == '" + eventId + "' }.status", org.hamcrest.Matchers.equalTo("DELIVERED"))
                .body("find { it.id == '" + eventId + "' }.history[0].statusCode", org.hamcrest.Matchers.equalTo(200));
    }

    @Test
    void aFailingThenStallingReceiverIsRetriedWithBackoffUntilItAccepts() {
        receiver.register(post(urlEqualTo(WebhookReceiver.PATH)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(503))
                .willSetStateTo("stalling"));
        receiver.register(post(urlEqualTo(WebhookReceiver.PATH)).atPriority(1).inScenario("flaky")
                .whenScenarioStateIs("stalling").willReturn(aResponse().withStatus(200).withFixedDelay(2500))
                .willSetStateTo("healthy"));
        Escalated escalated = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        String eventId = eventOf(escalated.escalationId(), "escalation.created");

        dispatcher.dispatchDue();
        assertEquals("PENDING", status(eventId));
        assertEquals(0, dispatcher.dispatchDue(), "not due again before its backoff");
        MovableTimeSource.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertEquals("PENDING", status(eventId), "the stalled attempt timed out");
        MovableTimeSource.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue();
        assertEquals("DELIVERED", status(eventId));

        List<LoggedRequest> received = receivedFor(eventId);
        assertEquals(3, received.size(), "one request per attempt, all with the same delivery id");
        Api.as(Tokens.coordinator()).get("/api/v1/escalations/" + escalated.escalationId() + "/deliveries").then()
                .statusCode(200)
                .body("find { it.id == '" + eventId + "' }.attempts", org.hamcrest.Matchers.equalTo(3))
                .body("find { it.id == '" + eventId + "' }.history.statusCode",
                        org.hamcrest.Matchers.equalTo(java.util.Arrays.asList(503, null, 200)))
                .body("find { it.id == '" + eventId + "' }.history[1].error", org.hamcrest.Matchers.equalTo("timed out"));
    }

    @Test
    void anEventThatNeverGetsThroughIsParkedAsDeadWithoutBlockingOthers() throws Exception {
        Escalated poisoned = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        String poison = eventOf(poisoned.escalationId(), "escalation.created");
        receiver.register(post(urlEqualTo(WebhookReceiver.PATH)).atPriority(1)
                .withHeader("X-UngCuu-Delivery", equalTo(poison)).willReturn(aResponse().withStatus(500)));
        Escalated healthy = Escalations.seriousIncidentEscalated(Tokens.coordinator());
        String fine = eventOf(healthy.escalationId(), "escalation.created");

        dispatcher.dispatchDue();
        assertEquals("DELIVERED", status(fine));
        assertEquals("PENDING", status(poison));
        MovableTimeSource.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertEquals("DEAD", status(poison));
        MovableTimeSource.advance(Duration.ofHours(2));
        dispatcher.dispatchDue();
        assertEquals(2, receivedFor(poison).size(), "a dead event is not tried again");
    }

    @Test
    void twoDispatchersOnOneDatabaseNeverSendOneEventTwice() throws Exception {
        receiver.register(post(urlEqualTo(WebhookReceiver.PATH)).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(100)));
        String admin = Tokens.admin();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String unit = Fixtures.commune();
            units.add(unit);
            Map<String, Object> body = new HashMap<>();
            body.put("name", "UBND " + unit);
            body.put("type", "COMMUNE");
            body.put("focalPoint", Map.of("name", "Cán bộ mới " + i));
            Api.as(admin).body(body).put("/api/v1/units/" + unit).then().statusCode(200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(dispatcher::dispatchDue));
            }
            int delivered = 0;
            for (Future<Integer> run : runs) {
                delivered += run.get();
            }
            assertTrue(delivered >= 12, "delivered " + delivered);
        } finally {
            pool.shutdownNow();
        }
        List<LoggedRequest> all = receiver.find(postRequestedFor(urlEqualTo(WebhookReceiver.PATH)));
        Map<String, Integer> perDelivery = new HashMap<>();
        all.forEach(request -> perDelivery.merge(request.getHeader("X-UngCuu-Delivery"), 1, Integer::sum));
        perDelivery.forEach((id, times) -> assertEquals(1, times, "delivery " + id + " sent " + times + " times"));
        for (String unit : units) {
            assertEquals(1, all.stream().filter(request -> request.getBodyAsString().contains(unit)
                    && "unit.focal_point_changed".equals(request.getHeader("X-UngCuu-Event"))).count(), unit);
        }
    }

    private String eventOf(String escalationId, String type) {
        List<String> ids = new ArrayList<>();
        Api.as(Tokens.coordinator()).get("/api/v1/escalations/" + escalationId + "/deliveries").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("").forEach(event -> {
                    if (type.equals(event.get("type"))) {
                        ids.add((String) event.get("id"));
                    }
                });
        assertEquals(1, ids.size(), type + " events: " + ids);
        assertNotNull(ids.get(0));
        return ids.get(0);
    }

    private String status(String eventId) {
        return Sql.count(db, "SELECT count(*) FROM outbox_event WHERE id = ?::uuid AND status = 'DELIVERED'", eventId) == 1
                ? "DELIVERED"
                : Sql.count(db, "SELECT count(*) FROM outbox_event WHERE id = ?::uuid AND status = 'DEAD'", eventId) == 1
                        ? "DEAD" : "PENDING";
    }

    private List<LoggedRequest> receivedFor(String eventId) {
        return receiver.find(postRequestedFor(urlEqualTo(WebhookReceiver.PATH))
                .withHeader("X-UngCuu-Delivery", equalTo(eventId)));
    }

    /** Delivers whatever earlier tests left waiting, so that each test sees its own events. */
    private void drain() {
        for (int i = 0; i < 20 && dispatcher.dispatchDue() > 0; i++) {
            // keep going while there is something to deliver
        }
    }
}
