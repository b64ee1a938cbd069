package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * "Việc của tôi": a responder sees the incidents (GET /incidents?assignee=me, paged) and the tasks assigned to it,
 * and nobody else's, under its own name.
 */
@QuarkusTest
class MyWorkUiTest {

    private static final int PAGE = 20;

    @TestHTTPResource("/")
    URL app;

    @Test
    void aResponderSeesItsOwnIncidentsPageByPageAndItsOwnTasksOnly() {
        String coordinator = Tokens.coordinator();
        String me = Fixtures.uniqueCode("kt-dung").toLowerCase();
        String token = Tokens.person(me, "Phạm Văn Dũng", null, List.of("responder"), null);
        Api.as(token).get("/api/v1/incidents").then().statusCode(200);
        String colleague = Fixtures.uniqueCode("kt-vien").toLowerCase();
        Reporter reporter = Reporter.ofNewCommune();
        String mine = Fixtures.incidentFiledBy(reporter.token(), "Máy chủ một cửa nhiễm mã độc", Map.of());
        Triage.assign(coordinator, mine, me);
        Set<String> mineAll = new HashSet<>(Set.of(mine));
        for (int i = 1; i <= PAGE; i++) {
            String more = Fixtures.incidentFiledBy(reporter.token(), "Máy trạm số " + i + " có dấu hiệu lạ", Map.of());
            Triage.assign(coordinator, more, me);
            mineAll.add(more);
        }
        String theirs = Fixtures.incidentFiledBy(reporter.token(), "Thư giả mạo gửi tới kế toán", Map.of());
        Fixtures.incidentFiledBy(reporter.token(), "Trang web xã chạy chậm", Map.of());
        Triage.assign(coordinator, theirs, colleague);
        task(coordinator, mine, "Thu thập nhật ký máy chủ 7 ngày gần nhất", me);
        task(coordinator, mine, "Báo cáo lãnh đạo xã", colleague);

        try (Browsing b = Browsing.phone(app)) {
            List<String> listCalls = new ArrayList<>();
            b.page().onRequest(request -> {
                URI uri = URI.create(request.url());
                if (uri.getPath().equals("/api/v1/incidents") || uri.getPath().equals("/api/v1/incidents/count")) {
                    listCalls.add(uri.getRawQuery() == null ? "" : uri.getRawQuery());
                }
            });
            Page page = b.signIn(token, "/viec-cua-toi");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Việc của tôi").setLevel(1)))
                    .isVisible();
            assertThat(page.getByText("Việc được giao cho: Phạm Văn Dũng")).isVisible();
            assertThat(page.locator("table.work-table tbody tr")).hasCount(PAGE);
            assertThat(page.getByRole(AriaRole.STATUS).filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Đang hiện 20 trong số 21"))).isVisible();
            b.assertAccessible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem thêm")).click();
            assertThat(page.locator("table.work-table tbody tr")).hasCount(PAGE + 1);
            assertThat(page.getByText("Có 21 sự cố được giao cho bạn.")).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem thêm"))).hasCount(0);
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

            assertFalse(listCalls.isEmpty());
            for (String query : listCalls) {
                assertTrue(query.contains("assignee=me"), "every list and count asks the service for mine: " + query);
            }
            assertEquals(3, listCalls.size(), "one count and two pages, nothing read to be filtered here: " + listCalls);
        }

        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(Tokens.responder(Fixtures.uniqueCode("kt-vien").toLowerCase()), "/viec-cua-toi");
            assertThat(page.getByText("Chưa có sự cố nào được giao cho bạn.")).isVisible();
            assertThat(page.getByText("Không có bước công việc nào đang chờ bạn.")).isVisible();
            b.assertAccessible();
        }
        List<String> seen = Api.as(token).queryParam("assignee", "me").queryParam("limit", 100)
                .get("/api/v1/incidents").then().statusCode(200).extract().path("items.id");
        assertEquals(mineAll, new HashSet<>(seen), "the service too gives the responder its own incidents only");
    }

    private static void task(String coordinator, String incident, String title, String assignee) {
        Api.as(coordinator).body(Map.of("title", title, "assignee", assignee))
                .post("/api/v1/incidents/" + incident + "/tasks").then().statusCode(201);
    }
}
