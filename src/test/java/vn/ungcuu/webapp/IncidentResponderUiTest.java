package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** The responder assigned to an incident works its playbook's tasks in the "Công việc" tab. */
@QuarkusTest
class IncidentResponderUiTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theAssignedResponderCompletesTheTasks() {
        String coordinator = Tokens.coordinator();
        String incident = Triage.incidentIn("TRIAGED", coordinator);
        String responderId = "responder-" + UUID.randomUUID().toString().substring(0, 8);
        String responder = Tokens.token(responderId, List.of("responder"), null);
        Triage.assign(coordinator, incident, responderId);
        List<String> titles = Api.as(coordinator).get("/api/v1/incidents/" + incident + "/tasks").then().statusCode(200)
                .extract().path("items.title");
        assertTrue(titles.size() >= 2, "the playbook gave the incident tasks: " + titles);

        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(responder, "/su-co/" + incident);
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Công việc")).click();
            Locator tasks = page.locator(".task");
            assertThat(tasks).hasCount(titles.size());
            b.assertAccessible();

            // skipping asks why first
            tasks.last().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bỏ qua: " + titles.get(titles.size() - 1))).click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xác nhận bỏ qua")).click();
            assertThat(page.getByLabel("Lý do bỏ qua")).hasAttribute("aria-invalid", "true");
            b.assertAccessible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hủy")).click();

            for (String title : titles) {
                page.getByLabel(title, new Page.GetByLabelOptions().setExact(true)).check();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("Đã lưu: " + title + " — Đã xong.");
            }
            assertThat(page.locator(".task-done")).hasCount(titles.size());
            b.assertAccessible();
        }
        Api.as(coordinator).get("/api/v1/incidents/" + incident + "/tasks").then().statusCode(200)
                .body("items.status", everyItem(equalTo("DONE")));
    }
}
