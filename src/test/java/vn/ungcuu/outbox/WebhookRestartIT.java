package vn.ungcuu.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/**
 * The packaged service, killed with SIGKILL while its webhook endpoint is down, delivers the event after
 * a restart once the endpoint is back: the outbox lives in PostgreSQL, not in the process.
 */
class WebhookRestartIT {

    private static final String PATH = "/provincial/webhook";

    private final PostgresResource database = new PostgresResource();
    private WireMockServer receiver;
    private Map<String, String> datasource;
    private PackagedService service;

    @BeforeEach
    void start() throws Exception {
        datasource = database.start();
        receiver = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        receiver.start();
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(503)));
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        receiver.stop();
        database.stop();
    }

    @Test
    void anEventWaitingWhenTheProcessIsKilledIsDeliveredAfterRestart() throws Exception {
        service = launch();
        String unit = Fixtures.commune();
        Api.as(Tokens.admin()).body(Map.of("name", "UBND " + unit, "type", "COMMUNE",
                "focalPoint", Map.of("name", "Cán bộ đầu mối mới"))).put("/api/v1/units/" + unit).then().statusCode(200);
        PackagedService.await("a first, failed delivery attempt", () -> !receiver.findAll(postRequestedFor(urlEqualTo(PATH))).isEmpty());
        String deliveryId = receiver.findAll(postRequestedFor(urlEqualTo(PATH))).get(0).getHeader("X-UngCuu-Delivery");

        service.kill();
        receiver.resetMappings();
        receiver.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
        int failedAttempts = receiver.findAll(postRequestedFor(urlEqualTo(PATH))).size();
        service = launch();

        PackagedService.await("delivery after restart", () -> receiver.findAll(postRequestedFor(urlEqualTo(PATH))).size()
                > failedAttempts);
        Thread.sleep(3000);
        List<LoggedRequest> all = receiver.findAll(postRequestedFor(urlEqualTo(PATH))
                .withHeader("X-UngCuu-Delivery", equalTo(deliveryId)));
        assertEquals(failedAttempts + 1, all.size(), "retried under the same delivery id, accepted once");
        assertTrue(all.get(all.size() - 1).getBodyAsString().contains(unit));
        assertEquals("unit.focal_point_changed", all.get(0).getHeader("X-UngCuu-Event"));
    }

    private PackagedService launch() throws Exception {
        Map<String, String> env = PackagedService.environment(datasource);
        env.put("UNGCUU_PROVINCIAL_WEBHOOK_URL", "http://127.0.0.1:" + receiver.port() + PATH);
        env.put("UNGCUU_PROVINCIAL_WEBHOOK_SECRET", "restart-secret");
        env.put("UNGCUU_PROVINCIAL_WEBHOOK_INITIAL_BACKOFF", "1s");
        env.put("UNGCUU_PROVINCIAL_WEBHOOK_MAX_BACKOFF", "1s");
        env.put("UNGCUU_OUTBOX_DISPATCH_EVERY", "1s");
        return PackagedService.startReady(env, "webhook-restart-it");
    }
}
