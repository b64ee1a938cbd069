package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** "Việc của tôi": a responder sees the incidents and the tasks assigned to it, and nobody else's. */
@QuarkusTest
class MyWorkUiTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aResponderSeesItsOwnIncidentsAndTasksOnly() {
        String coordinator = Tokens.coordinator();
        String me = Fixtures.uniqueCode("kt-vien").toLowerCase();
        String colleague = Fixtures.uniqueCode("kt-vien").toLowerCase();
        Reporter reporter = Reporter.ofNewCommune();
        String mine = Fixtures.incidentFiledBy(reporter.token(), "Máy chủ một cửa nhiễm mã độc", Map.of());
        String theirs = Fixtures.incidentFiledBy(reporter.token(), "Thư giả mạo gửi tới kế toán", Map.of());
        Fixtures.incidentFiledBy(reporter.token(), "Trang web xã chạy chậm", Map.of());
        Triage.assign(coordinator, mine, me);
        Triage.assign(coordinator, theirs, colleague);
        task(coordinator, mine, "Thu thập nhật ký máy chủ 7 ngày gần nhất", me);
        task(coordinator, mine, "Báo cáo lãnh đạo xã", colleague);

        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(Tokens.responder(me), "/viec-cua-toi");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Việc của tôi").setLevel(1)))
                    .isVisible();
            assertThat(page.locator("table.work-table tbody tr")).hasCount(1);
            String reference = Api.as(coordinator).get("/api/v1/incidents/" + mine).then().extract().path("reference");
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).first())
                    .hasAttribute("href", "#/su-co/" + mine);
            assertThat(page.getByText("Thu thập nhật ký máy chủ 7 ngày gần nhất")).isVisible();
            assertThat(page.getByText("Báo cáo lãnh đạo xã")).hasCount(0);
            assertThat(page.getByText("Thư giả mạo gửi tới kế toán")).hasCount(0);
            assertThat(page.getByText("Trang web xã chạy chậm")).hasCount(0);
            assertEquals(Boolean.TRUE, page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
            b.assertAccessible();
        }

        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(Tokens.responder(Fixtures.uniqueCode("kt-vien").toLowerCase()), "/viec-cua-toi");
            assertThat(page.getByText("Chưa có sự cố nào được giao cho bạn.")).isVisible();
            assertThat(page.getByText("Không có bước công việc nào đang chờ bạn.")).isVisible();
            b.assertAccessible();
        }
        List<String> seen = Api.as(Tokens.responder(me)).get("/api/v1/incidents").then().statusCode(200)
                .extract().path("items.id");
        assertEquals(List.of(mine), seen, "the service too shows the responder its own incident only");
    }

    private static void task(String coordinator, String incident, String title, String assignee) {
        Api.as(coordinator).body(Map.of("title", title, "assignee", assignee))
                .post("/api/v1/incidents/" + incident + "/tasks").then().statusCode(201);
    }
}
