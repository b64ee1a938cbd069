package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/**
 * The production sign-in: authorization code with PKCE at the deployment's identity provider. The provider here is
 * a fake one answered inside the browser (Playwright routes its origin): discovery, the authorization redirect with
 * the code, and the token endpoint, which checks the PKCE verifier against the challenge and answers a token signed
 * by the test key, as a real provider's would be verified by the service.
 */
@QuarkusTest
@TestProfile(OidcSignInUiTest.WithIdentityProvider.class)
class OidcSignInUiTest {

    static final String IDP = "https://idp.ungcuu.invalid";
    static final String ISSUER = IDP + "/realms/ungcuu";

    public static class WithIdentityProvider implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ungcuu.web.oidc-client-id", "ungcuu-web", "ungcuu.web.oidc-issuer", ISSUER);
        }
    }

    @TestHTTPResource("/")
    URL app;

    @Test
    void theClientConfigurationNamesTheProviderAndThePolicyLetsTheBrowserReachIt() {
        Api.anonymous().get("/api/v1/client-config").then().statusCode(200)
                .body("login", equalTo("oidc")).body("issuer", equalTo(ISSUER)).body("clientId", equalTo("ungcuu-web"));
        io.restassured.RestAssured.given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("connect-src 'self' " + IDP + ";"));
    }

    @Test
    void aCoordinatorSignsInWithCodeAndPkceAndLandsWhereTheyWereGoing() {
        String sub = "coordinator-oidc-" + Fixtures.uniqueCode("K").toLowerCase();
        String accessToken = Tokens.person(sub, "Trần Thị Hoa", "hoa@thanhhoa.gov.vn", List.of("coordinator"), null);
        Map<String, String> seen = new HashMap<>();
        try (Browsing browsing = Browsing.desktop(app)) {
            browsing.context().route(IDP + "/**", route -> answer(route, seen, accessToken));
            Page page = browsing.page();
            java.util.List<String> answered = new java.util.ArrayList<>();
            page.onResponse(response -> {
                if (response.url().contains("/api/v1/incidents") && response.status() == 200) {
                    answered.add(response.url());
                }
            });
            page.navigate(app + "#/dieu-phoi?status=NEW");

            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất"))).isVisible();
            assertThat(page.getByText("Trần Thị Hoa")).isVisible();
            assertEquals("S256", seen.get("code_challenge_method"));
            assertEquals("1", seen.get("authorizations"), "one sign-in: the screen's calls use the token, not a new login");
            assertEquals("ungcuu-web", seen.get("client_id"));
            assertEquals("true", seen.get("verifier_matched"), "the token request proves the PKCE challenge");
            assertTrue(page.url().endsWith("#/dieu-phoi?status=NEW"), "back where the person was going: " + page.url());
            // the board called the API with the provider's token, and was answered
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bảng điều phối").setLevel(1)))
                    .isVisible();
            page.waitForCondition(() -> !answered.isEmpty());
            assertFalse(page.url().contains("code="), "the code is gone from the address bar: " + page.url());
            assertEquals(0L, ((Number) page.evaluate("sessionStorage.length + localStorage.length")).longValue()
                    - (page.evaluate("localStorage.getItem('ungcuu.lang')") == null ? 0 : 1),
                    "in OIDC mode tokens stay in memory");
        }
        // the token reached the service: the directory knows the person by the claims it carried
        Api.as(Tokens.coordinator()).queryParam("q", sub).get("/api/v1/people").then().statusCode(200)
                .body("items.name", contains("Trần Thị Hoa"));
    }

    /** The fake provider: discovery, authorize (302 back with a code), token (PKCE checked, CORS answered). */
    private static void answer(Route route, Map<String, String> seen, String accessToken) {
        URI uri = URI.create(route.request().url());
        // keycloak-js sends the token request with credentials: CORS then needs the exact origin, not *
        String origin = route.request().headerValue("origin");
        Map<String, String> cors = Map.of("Access-Control-Allow-Origin", origin == null ? "*" : origin,
                "Access-Control-Allow-Credentials", "true", "Access-Control-Allow-Headers", "content-type, authorization",
                "Content-Type", "application/json");
        String path = uri.getPath();
        if (route.request().method().equals("OPTIONS")) {
            route.fulfill(new Route.FulfillOptions().setStatus(204).setHeaders(cors));
        } else if (path.endsWith("/.well-known/openid-configuration")) {
            String base = ISSUER + "/protocol/openid-connect";
            route.fulfill(new Route.FulfillOptions().setHeaders(cors).setBody("{\"issuer\":\"" + ISSUER + "\","
                    + "\"authorization_endpoint\":\"" + base + "/auth\",\"token_endpoint\":\"" + base + "/token\","
                    + "\"end_session_endpoint\":\"" + base + "/logout\",\"userinfo_endpoint\":\"" + base + "/userinfo\"}"));
        } else if (path.endsWith("/auth")) {
            Map<String, String> query = form(uri.getRawQuery());
            seen.putAll(query);
            seen.merge("authorizations", "1", (a, b) -> String.valueOf(Integer.parseInt(a) + 1));
            String back = query.get("redirect_uri") + (query.get("redirect_uri").contains("?") ? "&" : "?")
                    + "state=" + query.get("state") + "&code=fake-code-1";
            route.fulfill(new Route.FulfillOptions().setStatus(302).setHeaders(Map.of("Location", back)));
        } else if (path.endsWith("/token")) {
            Map<String, String> body = form(route.request().postData());
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(body.get("code_verifier")));
            seen.put("verifier_matched", String.valueOf(challenge.equals(seen.get("code_challenge"))
                    && "fake-code-1".equals(body.get("code"))));
            assertNotNull(seen.get("nonce"), "the app sent a nonce");
            String idToken = unsigned("{\"iss\":\"" + ISSUER + "\",\"sub\":\"x\",\"aud\":\"ungcuu-web\",\"nonce\":\""
                    + seen.get("nonce") + "\",\"iat\":" + (System.currentTimeMillis() / 1000) + ",\"exp\":"
                    + (System.currentTimeMillis() / 1000 + 300) + "}");
            route.fulfill(new Route.FulfillOptions().setHeaders(cors).setBody("{\"access_token\":\"" + accessToken
                    + "\",\"id_token\":\"" + idToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        } else {
            route.fulfill(new Route.FulfillOptions().setStatus(404).setHeaders(cors).setBody("{}"));
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        for (String pair : (encoded == null ? "" : encoded).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(String claims) {
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }
}
