package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Escalations;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Reporter;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/** The coordinator's board: counters that match the data, filters kept in a shareable address, the CSV export. */
@QuarkusTest
class BoardUiTest {

    private static final List<String> ACTIVE = List.of("NEW", "TRIAGED", "IN_PROGRESS", "ESCALATED", "RESOLVED");

    @TestHTTPResource("/")
    URL app;

    @Test
    void theCountersMatchTheDataAndAFilteredListIsSharedAndExported() throws IOException {
        String coordinator = Tokens.coordinator();
        Reporter first = Reporter.ofNewCommune();
        Reporter second = Reporter.ofNewCommune();
        String newOne = Fixtures.incidentFiledBy(first.token(), "Thư giả mạo gửi tới cán bộ xã", Map.of());
        String oldOne = Fixtures.incidentFiledBy(second.token(), "Máy tính một cửa chạy chậm bất thường",
                Map.of("detectedAt", MovableTimeSource.current().minus(4, ChronoUnit.DAYS).toString()));
        String triaged = Fixtures.incidentFiledBy(first.token(), "Trang web xã bị thay đổi giao diện",
                Map.of("category", "DEFACEMENT"));
        Triage.assess(coordinator, triaged);
        Triage.take(coordinator, triaged, "TRIAGE");
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        String units = String.join(", ", first.unitCode(), second.unitCode(), escalated.unitCode());

        Map<String, Integer> expected = countersThroughTheApi(coordinator,
                List.of(first.unitCode(), second.unitCode(), escalated.unitCode()));
        assertEquals(2, expected.get("toTriage"));
        assertEquals(1, expected.get("pendingAck"));

        String shared;
        Set<String> newReferences = new TreeSet<>(List.of(reference(coordinator, newOne), reference(coordinator, oldOne)));
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(coordinator, "/dieu-phoi");
            page.getByLabel("Mã đơn vị").fill(units);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
            assertCounter(page, "Chờ phân loại", expected.get("toTriage"));
            assertCounter(page, "Sắp đến hạn trong 24 giờ", expected.get("due24h"));
            assertCounter(page, "Đã quá hạn", expected.get("overdue"));
            assertCounter(page, "Chờ đội tỉnh xác nhận", expected.get("pendingAck"));
            assertThat(rows(page)).hasCount(4);

            page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Trạng thái"))
                    .getByLabel("Mới tiếp nhận").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
            assertThat(rows(page)).hasCount(2);
            assertEquals(newReferences, references(page));
            shared = page.url();
            assertTrue(shared.contains("status=NEW"), shared);
            assertTrue(shared.contains("unitCode=" + first.unitCode()), shared);
            b.assertAccessible();
            b.screenshot("coordinator-board");

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Tải danh sách (CSV)")).click());
            List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
            assertTrue(lines.get(0).startsWith("id,reference,unitCode,"), lines.get(0));
            assertEquals(newReferences, lines.stream().skip(1).filter(line -> !line.isBlank())
                    .map(line -> line.split(",")[1]).collect(Collectors.toCollection(TreeSet::new)));
        }

        try (Browsing other = Browsing.desktop(app)) {
            Page page = other.signIn(coordinator, null);
            page.navigate(shared);
            page.reload();
            assertThat(rows(page)).hasCount(2);
            assertEquals(newReferences, references(page));
            assertThat(page.getByLabel("Mã đơn vị")).hasValue(units);
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Trạng thái"))
                    .getByLabel("Mới tiếp nhận")).isChecked();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Chờ đội tỉnh xác nhận")))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chờ đội tỉnh xác nhận")))
                    .isVisible();
            assertThat(rows(page)).hasCount(1);
            assertEquals(Set.of(reference(coordinator, escalated.incidentId())), references(page));
            other.assertAccessible();
        }
    }

    @Test
    void onAPhoneTheBoardFitsTheScreenAndTheTableScrollsInItsBox() {
        String coordinator = Tokens.coordinator();
        Reporter reporter = Reporter.ofNewCommune();
        Fixtures.incidentFiledBy(reporter.token(), "Tài khoản thư công vụ bị chiếm quyền", Map.of());
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(coordinator, "/dieu-phoi?unitCode=" + reporter.unitCode());
            assertThat(rows(page)).hasCount(1);
            assertEquals(Boolean.TRUE, page.evaluate(
                    "document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
            b.assertAccessible();
            page.getByLabel("Mã đơn vị").fill("xa mot!");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
            assertThat(page.getByLabel("Mã đơn vị")).hasAttribute("aria-invalid", "true");
            assertThat(page.getByText("Mã đơn vị không đúng dạng")).isVisible();
            b.assertAccessible();
        }
    }

    private static Locator rows(Page page) {
        return page.locator("table.board-table tbody tr");
    }

    private static Set<String> references(Page page) {
        return new TreeSet<>(page.locator("table.board-table tbody tr th a").allTextContents());
    }

    private static void assertCounter(Page page, String label, int value) {
        assertThat(page.locator(".board-counter").filter(new Locator.FilterOptions().setHasText(label))
                .locator(".board-count")).hasText(String.valueOf(value));
    }

    private static String reference(String coordinator, String id) {
        return Api.as(coordinator).get("/api/v1/incidents/" + id).then().statusCode(200).extract().path("reference");
    }

    /** The counters worked out from the API's own answers for the units: the board must show the same. */
    private static Map<String, Integer> countersThroughTheApi(String coordinator, List<String> units) {
        List<Map<String, Object>> incidents = new ArrayList<>();
        for (String unit : units) {
            incidents.addAll(Api.as(coordinator).queryParam("unitCode", unit).queryParam("status", String.join(",", ACTIVE))
                    .queryParam("limit", 500).get("/api/v1/incidents").then().statusCode(200).extract().path("items"));
        }
        List<String> pending = Api.as(coordinator).queryParam("status", "PENDING").queryParam("limit", 500)
                .get("/api/v1/escalations").then().statusCode(200).extract().path("items.incidentId");
        Instant now = Instant.now();
        int due = 0;
        int over = 0;
        for (Map<String, Object> incident : incidents) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> open = ((List<Map<String, Object>>) incident.get("deadlines")).stream()
                    .filter(deadline -> "OPEN".equals(deadline.get("status"))).toList();
            if (open.stream().anyMatch(d -> Instant.parse((String) d.get("dueAt")).isBefore(now))) {
                over++;
            }
            if (open.stream().map(d -> Instant.parse((String) d.get("dueAt")))
                    .anyMatch(at -> !at.isBefore(now) && at.isBefore(now.plus(24, ChronoUnit.HOURS)))) {
                due++;
            }
        }
        return Map.of(
                "toTriage", (int) incidents.stream().filter(i -> "NEW".equals(i.get("status"))).count(),
                "due24h", due,
                "overdue", over,
                "pendingAck", (int) incidents.stream().filter(i -> pending.contains(i.get("id"))).count());
    }
}
