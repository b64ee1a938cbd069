package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * The provincial team's inbox: an escalation acknowledged, another returned with a reason, as the service records;
 * the district's assignee shown by name.
 */
@QuarkusTest
class ProvinceInboxUiTest {

    private static final String RETURN_REASON = "Sự cố trong khả năng xử lý của xã, đề nghị xã tự khôi phục";

    @TestHTTPResource("/")
    URL app;

    @Test
    void theProvincialTeamAcknowledgesOneEscalationAndReturnsAnother() {
        String coordinator = Tokens.coordinator();
        Escalations.Escalated acknowledged = Escalations.seriousIncidentEscalated(coordinator);
        Escalations.Escalated returned = Escalations.seriousIncidentEscalated(coordinator);
        String provincial = Tokens.provincial();
        String dung = Fixtures.uniqueCode("kt-dung").toLowerCase();
        Api.as(Tokens.person(dung, "Phạm Văn Dũng", null, List.of("responder"), null)).get("/api/v1/incidents").then()
                .statusCode(200);
        Triage.assign(coordinator, acknowledged.incidentId(), dung);

        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(provincial, "/tinh");
            Locator first = card(page, coordinator, acknowledged.incidentId());
            assertThat(first.getByText("Đã ngắt kết nối Internet của máy chủ")).isVisible();
            assertThat(first.getByText("Phân tích mã độc, khôi phục dữ liệu")).isVisible();
            assertThat(first.getByText("Chờ tiếp nhận")).isVisible();
            assertThat(first.getByText("Phạm Văn Dũng")).isVisible();
            b.assertAccessible();

            first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xác nhận đã tiếp nhận")).click();
            assertThat(first.getByRole(AriaRole.STATUS)).hasText("Đã xác nhận tiếp nhận.");
            assertThat(first.locator(".province-acknowledged")).hasText("Đã tiếp nhận");

            Locator second = card(page, coordinator, returned.incidentId());
            second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lại địa phương…")).click();
            Locator reason = second.getByLabel("Lý do trả lại");
            assertThat(reason).isFocused();
            second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lại địa phương").setExact(true))
                    .click();
            assertThat(reason).hasAttribute("aria-invalid", "true");
            assertThat(second.getByText("Hãy nhập lý do trả lại.")).isVisible();
            b.assertAccessible();
            reason.fill(RETURN_REASON);
            second.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lại địa phương").setExact(true))
                    .click();
            assertThat(second.getByRole(AriaRole.STATUS)).hasText("Đã trả lại sự cố cho địa phương.");
            assertThat(second.getByText(RETURN_REASON)).isVisible();
            b.screenshot("province-inbox");
            assertEquals(Boolean.TRUE, page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
            b.assertAccessible();
        }

        String provincialSub = Tokens.subjectOf(provincial);
        Api.as(coordinator).get("/api/v1/escalations/" + acknowledged.escalationId()).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo(provincialSub));
        Api.as(coordinator).get("/api/v1/escalations/" + returned.escalationId()).then().statusCode(200)
                .body("status", equalTo("RETURNED")).body("returnReason", equalTo(RETURN_REASON));
        Api.as(coordinator).get("/api/v1/incidents/" + returned.incidentId()).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        String auditor = Tokens.auditor();
        Api.as(auditor).queryParam("entityType", "ESCALATION").queryParam("entityId", acknowledged.escalationId())
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.findAll { it.action == 'ACKNOWLEDGE' }.actor", equalTo(List.of(provincialSub)));
        Api.as(auditor).queryParam("entityType", "ESCALATION").queryParam("entityId", returned.escalationId())
                .get("/api/v1/audit").then().statusCode(200)
                .body("items.action", hasItem("RETURN"))
                .body("items.find { it.action == 'RETURN' }.actor", equalTo(provincialSub));
    }

    @Test
    void theFilterIsKeptInTheAddressAndFinishedRequestsOfferNoAction() {
        String coordinator = Tokens.coordinator();
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String provincial = Tokens.provincial();
        Api.as(provincial).post("/api/v1/escalations/" + escalated.escalationId() + "/acknowledge").then().statusCode(200);
        Api.as(provincial).post("/api/v1/escalations/" + escalated.escalationId() + "/complete").then().statusCode(200);
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(provincial, "/tinh");
            Locator group = page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Hiện các yêu cầu"));
            group.getByLabel("Chờ tiếp nhận").uncheck();
            group.getByLabel("Đã tiếp nhận").uncheck();
            group.getByLabel("Tỉnh đã hoàn thành").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hiện danh sách")).click();
            Locator done = card(page, coordinator, escalated.incidentId());
            assertThat(done.getByText("Yêu cầu này đã kết thúc")).isVisible();
            assertThat(done.getByRole(AriaRole.BUTTON)).hasCount(0);
            assertThat(page).hasURL(Pattern.compile("#/tinh\\?status=COMPLETED$"));
            b.assertAccessible();
        }
    }

    @Test
    void anAnswerToAnEscalationSomeoneElseChangedIsRefusedAndTheLatestIsOffered() {
        String coordinator = Tokens.coordinator();
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String provincial = Tokens.provincial();
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(provincial, "/tinh");
            Locator card = card(page, coordinator, escalated.incidentId());
            assertThat(card.getByText("Chờ tiếp nhận")).isVisible();
            Api.as(Tokens.provincial()).post("/api/v1/escalations/" + escalated.escalationId() + "/acknowledge").then()
                    .statusCode(200);
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gửi thông tin cập nhật…")).click();
            card.getByLabel("Nội dung cập nhật").fill("Đội tỉnh đang phân tích mẫu mã độc");
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gửi cập nhật")).click();
            assertThat(card.getByRole(AriaRole.ALERT)).containsText("Người khác vừa thay đổi mục này");
            assertThat(card.getByRole(AriaRole.ALERT)).containsText("Mã yêu cầu");
            b.assertAccessible();
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lại")).click();
            assertThat(card.locator(".province-acknowledged")).hasText("Đã tiếp nhận");
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Gửi cập nhật")).click();
            assertThat(card.getByRole(AriaRole.STATUS)).hasText("Đã gửi thông tin cập nhật.");
        }
        Api.as(coordinator).get("/api/v1/incidents/" + escalated.incidentId() + "/history").then().statusCode(200)
                .body("items.collectMany { it.changes }.to", hasItem("Đội tỉnh đang phân tích mẫu mã độc"));
    }

    private static Locator card(Page page, String coordinator, String incidentId) {
        String reference = Api.as(coordinator).get("/api/v1/incidents/" + incidentId).then().extract().path("reference");
        return page.getByRole(AriaRole.ARTICLE, new Page.GetByRoleOptions().setName(Pattern.compile(reference)));
    }
}
