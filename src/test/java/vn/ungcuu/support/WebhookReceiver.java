package vn.ungcuu.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The provincial team's endpoint in the tests: a real HTTP server (WireMock) on a loopback port that
 * accepts webhooks unless a test tells it to fail or stall. Tests reach it with {@link #client(String)}.
 */
public class WebhookReceiver implements QuarkusTestResourceLifecycleManager {

    public static final String PATH = "/provincial/webhook";
    public static final String SECRET = "test-webhook-secret";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(wireMockConfig().bindAddress("127.0.0.1").dynamicPort());
        server.start();
        acceptAll(new WireMock("127.0.0.1", server.port()));
        return Map.of(
                "ungcuu.provincial.webhook.url", "http://127.0.0.1:" + server.port() + PATH,
                "ungcuu.provincial.webhook.secret", SECRET,
                "ungcuu.provincial.webhook.read-timeout", "1s",
                "ungcuu.provincial.webhook.connect-timeout", "1s",
                "ungcuu.provincial.webhook.initial-backoff", "2s",
                "ungcuu.provincial.webhook.give-up-after", "PT1H");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    /** A client of the receiver, from the webhook URL the service was given. */
    public static WireMock client(String webhookUrl) {
        int port = Integer.parseInt(webhookUrl.replaceAll("^http://127\\.0\\.0\\.1:(\\d+)/.*$", "$1"));
        return new WireMock("127.0.0.1", port);
    }

    /** Back to the default: every webhook is accepted with 200, and nothing received is remembered. */
    public static void acceptAll(WireMock client) {
        client.resetMappings();
        client.resetRequests();
        client.resetScenarios();
        client.register(post(urlEqualTo(PATH)).atPriority(10).willReturn(aResponse().withStatus(200)));
    }
}
