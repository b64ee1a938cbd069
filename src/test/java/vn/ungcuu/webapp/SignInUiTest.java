package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Tokens;

/** Signing in to the web app in local mode: the token --url link, the pasted token, the expired session. */
@QuarkusTest
class SignInUiTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theLocalLinkSignsInAndLeavesTheTokenNowhereButThisTab() {
        String token = Tokens.reporter("XA-MINHSON");
        try (Browsing browsing = Browsing.phone(app)) {
            Page page = browsing.signIn(token, null);
            assertFalse(page.url().contains("token"), "the token is removed from the address bar: " + page.url());
            assertEquals(token, page.evaluate("sessionStorage.getItem('ungcuu.token')"));
            assertEquals(0, ((Number) page.evaluate("localStorage.length")).intValue()
                    - (page.evaluate("localStorage.getItem('ungcuu.lang')") == null ? 0 : 1),
                    "nothing but the language preference in localStorage");
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Danh mục")).click();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo sự cố"))).isVisible();
            assertThat(page.getByText("XA-MINHSON")).isVisible();
        }
    }

    @Test
    void withoutATokenTheLoginScreenExplainsTheCommandAndTakesAPastedToken() {
        try (Browsing browsing = Browsing.phone(app)) {
            Page page = browsing.page();
            page.navigate(app.toString());
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đăng nhập UngCuu")))
                    .isVisible();
            assertThat(page.locator("pre.command")).containsText("--url");
            browsing.assertAccessible();
            page.getByLabel("Dán mã truy cập").fill("not a token");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
            assertThat(page.getByText("Mã truy cập không đúng dạng")).isVisible();
            page.getByLabel("Dán mã truy cập").fill(Tokens.coordinator());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất"))).isVisible();
            assertTrue(page.url().contains("#/dieu-phoi"), "a coordinator starts on the board: " + page.url());
        }
    }

    @Test
    void anExpiredTokenShowsTheBannerWithTheWayBack() {
        try (Browsing browsing = Browsing.phone(app)) {
            Page page = browsing.page();
            page.navigate(app + "#token=" + Tokens.expired());
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Phiên làm việc đã hết hạn");
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("--url");
            browsing.assertAccessible();
        }
    }

    @Test
    void theLanguageSwitchesToEnglishAndStaysSwitched() {
        try (Browsing browsing = Browsing.desktop(app)) {
            Page page = browsing.signIn(Tokens.reporter("XA-MINHSON"), null);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report an incident")))
                    .isVisible();
            page.reload();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
            assertThat(page.locator("html")).hasAttribute("lang", "vi");
        }
    }

    @Test
    void thePageComesWithAStrictPolicyAndTheBundlesAreCachedForAYear() {
        String page = RestAssured.given().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Cache-Control", equalTo("no-cache"))
                .extract().asString();
        String bundle = page.replaceAll("(?s).*src=\"(/static/bundle/[^\"]+\\.js)\".*", "$1");
        RestAssured.given().header("Accept-Encoding", "gzip").get(bundle).then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=31536000, immutable"))
                .header("Content-Encoding", equalTo("gzip"));
    }

    @Test
    void theClientConfigurationIsPublicAndSaysLocal() {
        Api.anonymous().get("/api/v1/client-config").then().statusCode(200).body("login", equalTo("local"));
    }
}
