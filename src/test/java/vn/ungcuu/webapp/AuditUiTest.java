package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.audit.AuditSealer;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** The audit log screen: an auditor filters by an incident, reads its entries and changes, and checks the chain. */
@QuarkusTest
class AuditUiTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    AuditSealer sealer;

    @Test
    void anAuditorFiltersByAnIncidentSeesItsChangesAndFindsTheChainIntact() {
        String incident = Triage.incidentIn("TRIAGED", Tokens.coordinator());
        String lan = "coordinator-" + vn.ungcuu.support.Fixtures.uniqueCode("L").toLowerCase();
        Api.as(Tokens.person(lan, "Đỗ Thị Lan", null, List.of("coordinator"), null)).contentType(Api.MERGE_PATCH)
                .body(Map.of("tlp", "GREEN")).patch("/api/v1/incidents/" + incident).then().statusCode(200);
        sealer.sealPending(); // the sealing job is off in tests
        String auditor = Tokens.auditor();
        JsonPath entries = Api.as(auditor).queryParam("entityId", incident).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath();
        List<String> actions = entries.getList("items.action");
        assertTrue(actions.contains("CREATE") && actions.contains("TRIAGE"), actions.toString());
        Map<String, Object> change = entries.<Map<String, Object>>getList("items.find { it.action == 'TRIAGE' }.changes")
                .stream().filter(one -> one.get("from") instanceof String && one.get("to") instanceof String)
                .findFirst().orElseThrow();

        try (Browsing b = Browsing.phone(app)) {
            Page page = ReportsUiTest.open(b, auditor, "/nhat-ky");
            b.assertAccessible();
            page.getByLabel("Mã hồ sơ").fill(incident);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();

            Locator shown = page.locator("li.audit-entry");
            assertThat(shown).hasCount(actions.size());
            for (int i = 0; i < actions.size(); i++) {
                assertThat(shown.nth(i).locator(".audit-head")).containsText(actions.get(i));
                assertThat(shown.nth(i)).containsText(incident);
            }
            // who did it, by name from the people directory, with the id the filter takes
            assertThat(shown.filter(new Locator.FilterOptions().setHasText("UPDATE"))).containsText("Đỗ Thị Lan (" + lan + ")");
            Locator triage = shown.filter(new Locator.FilterOptions().setHasText("TRIAGE"));
            Locator row = triage.locator("table.audit-changes tr", new Locator.LocatorOptions()
                    .setHasText(String.valueOf(change.get("field"))));
            assertThat(row).containsText(String.valueOf(change.get("from")));
            assertThat(row).containsText(String.valueOf(change.get("to")));
            assertTrue(page.url().contains("entityId=" + incident), "the filter is kept in the address: " + page.url());
            b.assertAccessible();

            page.reload();
            assertThat(page.getByLabel("Mã hồ sơ")).hasValue(incident);
            assertThat(page.locator("li.audit-entry")).hasCount(actions.size());

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra chuỗi")).click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Chuỗi nhật ký toàn vẹn"))).isVisible();
            JsonPath verification = Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200)
                    .extract().jsonPath();
            assertTrue(verification.getBoolean("valid"));
            assertThat(page.locator("code.audit-hash")).hasText(verification.getString("headHash"));
            assertFalse(page.locator(".problem").isVisible());
            b.assertAccessible();
        }
    }

    @Test
    void aCoordinatorHasNoAuditLogInTheMenu() {
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(Tokens.coordinator(), null);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo định kỳ"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký"))).hasCount(0);
        }
    }
}
