package vn.ungcuu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/** api.md Conventions/Auth: only health and the OpenAPI document are open; bad tokens are 401. */
@QuarkusTest
class AuthenticationTest {

    @jakarta.inject.Inject
    io.smallrye.jwt.auth.principal.JWTParser parser;

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/incidents", "/api/v1/units", "/api/v1/systems",
            "/api/v1/incidents/01a228bd-f3a5-73fd-b755-867182059c55", "/q/metrics"})
    void everyEndpointNeedsAToken(String path) {
        Api.anonymous().get(path).then()
                .statusCode(401)
                .contentType(Api.PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("urn:ungcuu:problem:unauthorized"))
                .body("status", equalTo(401))
                .body("detail", equalTo("A bearer token is required"));
    }

    @Test
    void expiredTamperedForeignAndWrongIssuerTokensAre401() {
        for (String token : List.of(Tokens.expired(), Tokens.tampered(), Tokens.foreignKey(), Tokens.wrongIssuer(),
                "not-a-jwt")) {
            Api.as(token).get("/api/v1/incidents").then()
                    .statusCode(401)
                    .contentType(Api.PROBLEM_JSON)
                    .body("type", equalTo("urn:ungcuu:problem:unauthorized"));
        }
    }

    /** Verified tokens are remembered (CachingJwtParser) by their exact text: an edit of one is still refused. */
    @Test
    void aTokenAcceptedBeforeIsNotAcceptedOnceEdited() {
        String token = Tokens.coordinator();
        Api.as(token).get("/api/v1/incidents").then().statusCode(200);
        Api.as(token).get("/api/v1/incidents").then().statusCode(200);
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"coordinator\"", "\"admin\"");
        String edited = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        // the first character of the signature: the last one may only carry base64 padding bits
        String badSignature = parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? 'B' : 'A')
                + parts[2].substring(1);
        for (String bad : List.of(edited, badSignature, token + "x", token.substring(1))) {
            Api.as(bad).get("/api/v1/incidents").then().statusCode(401)
                    .body("type", equalTo("urn:ungcuu:problem:unauthorized"));
        }
        Api.as(token).get("/api/v1/incidents").then().statusCode(200);
        org.junit.jupiter.api.Assertions.assertInstanceOf(CachingJwtParser.class,
                io.quarkus.arc.ClientProxy.unwrap(parser), "the service verifies tokens through the caching parser");
    }

    @Test
    void aBadTokenCreatesNothing() {
        String unit = Fixtures.commune();
        Map<String, Object> body = new HashMap<>(Fixtures.incidentBody("tampered"));
        body.put("unitCode", unit);
        Api.as(Tokens.tampered()).body(body).post("/api/v1/incidents").then().statusCode(401);
        Api.as(Tokens.coordinator()).queryParam("unitCode", unit).get("/api/v1/incidents").then()
                .statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void healthAndOpenApiAreOpen() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("openapi: 3"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void metricsNeedAnyValidToken() {
        Api.as(Tokens.auditor()).accept("text/plain").get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
    }

    @Test
    void aReporterTokenWithoutUnitIsForbidden() {
        Api.as(Tokens.token("no-unit", List.of(Roles.REPORTER), null)).get("/api/v1/incidents").then()
                .statusCode(403)
                .contentType(Api.PROBLEM_JSON)
                .body("type", equalTo("urn:ungcuu:problem:forbidden"))
                .body("detail", containsString("unit"));
    }

    @Test
    void aTokenWithNoKnownRoleIsForbidden() {
        Api.as(Tokens.token("nobody", List.of("guest"), null)).get("/api/v1/incidents").then()
                .statusCode(403).contentType(Api.PROBLEM_JSON);
    }

    @Test
    void theRequestIdIsEchoedAndInProblems() {
        Api.anonymous().header("X-Request-Id", "trace-abc-123").get("/api/v1/incidents").then()
                .statusCode(401)
                .header("X-Request-Id", "trace-abc-123")
                .body("requestId", equalTo("trace-abc-123"));
    }
}
