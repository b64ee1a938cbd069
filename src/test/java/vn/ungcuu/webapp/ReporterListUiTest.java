package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;
import vn.ungcuu.support.Units;

/** Sự cố của đơn vị: the reporter's unit's incidents, newest first, a page at a time, statuses in plain words. */
@QuarkusTest
class ReporterListUiTest {

    static final String LIST = "/su-co";
    /** More than the screen's page of 20. */
    static final int FILED = 22;

    @TestHTTPResource("/")
    URL app;

    @Test
    void theListShowsOnlyTheUnitsIncidentsNewestFirstAndPagesOn() {
        String unit = newUnit();
        String reporter = Tokens.reporter(unit);
        List<String> ids = new ArrayList<>();
        for (int n = 1; n <= FILED; n++) {
            ids.add(Fixtures.incidentFiledBy(reporter, String.format("Sự cố số %02d", n), Map.of()));
        }
        String coordinator = Tokens.coordinator();
        Triage.assess(coordinator, ids.get(FILED - 1));
        Triage.take(coordinator, ids.get(FILED - 1), "TRIAGE");
        Triage.take(coordinator, ids.get(FILED - 2), "REJECT");
        String other = newUnit();
        Fixtures.incidentFiledBy(Tokens.reporter(other), "Sự cố của xã khác", Map.of());

        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(reporter, LIST);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sự cố của đơn vị")))
                    .isVisible();
            Locator rows = page.locator("ul.incident-list > li");
            assertThat(rows).hasCount(20);
            assertThat(rows.first()).containsText("Sự cố số 22");
            assertThat(rows.first()).containsText("Đã phân loại");
            assertThat(rows.nth(1)).containsText("Sự cố số 21");
            assertThat(rows.nth(1)).containsText("Không tiếp nhận");
            assertThat(rows.nth(2)).containsText("Mới tiếp nhận");
            assertThat(rows.first()).containsText("Thay đổi lần cuối:");
            assertThat(rows.first().getByRole(AriaRole.LINK)).hasAttribute("href", "#/su-co/" + ids.get(FILED - 1));
            String reference = Api.as(coordinator).get("/api/v1/incidents/" + ids.get(FILED - 1)).then().extract()
                    .path("reference");
            assertThat(rows.first()).containsText(reference);
            assertThat(page.getByText("Sự cố số 01")).hasCount(0);
            assertThat(page.getByText("Sự cố của xã khác")).hasCount(0);
            assertEquals(Boolean.TRUE, page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"));
            b.assertAccessible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem thêm")).click();
            assertThat(rows).hasCount(FILED);
            assertThat(rows.last()).containsText("Sự cố số 01");
            assertThat(rows.nth(20).getByRole(AriaRole.LINK)).isFocused();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem thêm"))).hasCount(0);
            assertThat(page.getByText("Sự cố của xã khác")).hasCount(0);
            b.assertAccessible();
        }
    }

    @Test
    void aUnitWithNoIncidentsIsToldHowToFileOne() {
        String unit = newUnit();
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(Tokens.reporter(unit), LIST);
            assertThat(page.getByText("Đơn vị chưa báo cáo sự cố nào.")).isVisible();
            Locator first = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Báo cáo sự cố đầu tiên"));
            assertThat(first).hasAttribute("href", "#/bao-cao-su-co");
            b.assertAccessible();
            first.click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Báo cáo sự cố")))
                    .isVisible();
        }
    }

    private static String newUnit() {
        String code = Fixtures.uniqueCode("XA");
        Api.as(Tokens.admin()).body(Units.unitBody(code)).post(Units.UNITS).then().statusCode(201);
        return code;
    }
}
