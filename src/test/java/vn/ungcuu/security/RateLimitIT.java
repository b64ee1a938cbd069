package vn.ungcuu.security;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/** A caller over its limit gets 429 problem+json with Retry-After; other callers and health are unaffected. */
class RateLimitIT {

    private final PostgresResource database = new PostgresResource();

    @AfterEach
    void stop() {
        database.stop();
    }

    @Test
    void aCallerOverItsLimitIsToldWhenToComeBack() throws Exception {
        Map<String, String> datasource = database.start();
        Map<String, String> env = PackagedService.environment(datasource);
        env.put("UNGCUU_RATE_LIMIT_REQUESTS_PER_SECOND", "1");
        env.put("UNGCUU_RATE_LIMIT_BURST", "3");

        try (PackagedService service = PackagedService.startReady(env, "rate-limit-it")) {
            String script = Tokens.token("sync-script", java.util.List.of(Roles.AUDITOR), null);
            // a burst of 3, then one per second: a loaded machine may refill a token between requests, so
            // count the answers before the first 429 rather than expect it at exactly the fourth
            int admitted = 0;
            Response refused = Api.as(script).get("/api/v1/units");
            while (refused.statusCode() == 200 && admitted < 30) {
                admitted++;
                refused = Api.as(script).get("/api/v1/units");
            }
            assertTrue(admitted >= 3 && admitted < 30, "the burst admitted, then refused: " + admitted);
            refused.then().statusCode(429).contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("urn:ungcuu:problem:too-many-requests"));
            int retryAfter = Integer.parseInt(refused.header("Retry-After"));
            assertTrue(retryAfter >= 1 && retryAfter <= 2, "Retry-After " + retryAfter);

            Api.as(Tokens.coordinator()).get("/api/v1/units").then().statusCode(200);
            Api.anonymous().get("/q/health/ready").then().statusCode(200);
            Api.anonymous().get("/api/v1/units").then().statusCode(401);

            Thread.sleep(retryAfter * 1000L);
            Api.as(script).get("/api/v1/units").then().statusCode(200);
        }
    }
}
