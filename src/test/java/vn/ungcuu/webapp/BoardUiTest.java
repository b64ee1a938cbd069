package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The coordinator's board: counters that are the service's counts (and the test's own), each leading to the same
 * server-filtered list; deadline views and the assignee filter kept in a shareable address; the CSV file as the list.
 */
@QuarkusTest
class BoardUiTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void theCountersAreTheServiceCountsAndEachLeadsToTheSameListAndFile() throws IOException {
        String coordinator = Tokens.coordinator();
        String dung = Fixtures.uniqueCode("kt-dung").toLowerCase();
        Api.as(Tokens.person(dung, "Phạm Văn Dũng", null, List.of("responder"), null)).get("/api/v1/incidents")
                .then().statusCode(200);
        Reporter first = Reporter.ofNewCommune();
        Reporter second = Reporter.ofNewCommune();
        Instant serviceNow = MovableTimeSource.current();
        String justDetected = Fixtures.incidentFiledBy(first.token(), "Thư giả mạo gửi tới cán bộ xã",
                Map.of("detectedAt", serviceNow.minus(5, ChronoUnit.MINUTES).toString()));
        String fiveDaysOld = Fixtures.incidentFiledBy(second.token(), "Máy tính một cửa chạy chậm bất thường",
                Map.of("detectedAt", serviceNow.minus(5, ChronoUnit.DAYS).toString()));
        String dueSoon = Fixtures.incidentFiledBy(second.token(), "Tài khoản thư công vụ gửi thư lạ",
                Map.of("detectedAt", serviceNow.minus(60, ChronoUnit.HOURS).toString()));
        String triaged = Fixtures.incidentFiledBy(first.token(), "Trang web xã bị thay đổi giao diện",
                Map.of("category", "DEFACEMENT"));
        Triage.assess(coordinator, triaged);
        Triage.take(coordinator, triaged, "TRIAGE");
        Triage.assign(coordinator, fiveDaysOld, dung);
        Escalations.Escalated escalated = Escalations.seriousIncidentEscalated(coordinator);
        List<String> unitCodes = List.of(first.unitCode(), second.unitCode(), escalated.unitCode());
        String units = String.join(", ", unitCodes);

        Map<String, Set<String>> own = countedByTheTest(coordinator, unitCodes);
        Instant now = Instant.now();
        Map<String, Integer> service = Map.of(
                "toTriage", count(coordinator, unitCodes, Map.of("status", "NEW")),
                "due24h", count(coordinator, unitCodes, Map.of("obligationDueFrom", now.toString(),
                        "obligationDueTo", now.plus(24, ChronoUnit.HOURS).toString())),
                "overdue", count(coordinator, unitCodes, Map.of("obligationDueTo", now.toString())));
        for (String counter : service.keySet()) {
            assertEquals(own.get(counter).size(), service.get(counter), counter + ": the service counts as the test does");
        }
        assertEquals(Set.of(justDetected, fiveDaysOld, dueSoon), own.get("toTriage"));
        assertTrue(own.get("due24h").contains(dueSoon), "the 72-hour report of an incident detected 60 hours ago");
        assertTrue(own.get("overdue").contains(fiveDaysOld), "five days after detection the first report is late");
        assertFalse(own.get("overdue").contains(justDetected), "a just detected incident is not late");
        Set<String> pending = pendingAcknowledgement(coordinator);
        assertTrue(pending.contains(escalated.incidentId()));

        String overdueView;
        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.signIn(coordinator, "/dieu-phoi");
            page.getByLabel("Mã đơn vị").fill(units);
            filter(page);
            assertCounter(page, "Chờ phân loại", service.get("toTriage"));
            assertCounter(page, "Sắp đến hạn trong 24 giờ", service.get("due24h"));
            assertCounter(page, "Đã quá hạn", service.get("overdue"));
            assertCounter(page, "Chờ đội tỉnh xác nhận", pending.size());
            assertThat(rows(page)).hasCount(5);
            assertThat(row(page, coordinator, fiveDaysOld).locator("td").nth(5)).hasText("Phạm Văn Dũng");
            b.assertAccessible();
            b.screenshot("coordinator-board");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Đã quá hạn"))).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Đã quá hạn"))).isVisible();
            assertThat(rows(page)).hasCount(own.get("overdue").size());
            assertEquals(references(coordinator, own.get("overdue")), references(page),
                    "the breached list is exactly the test's incidents with an overdue open obligation");
            overdueView = page.url();
            assertTrue(overdueView.contains("watch=overdue"), overdueView);
            assertTrue(overdueView.contains("unitCode=" + first.unitCode()), overdueView);
            assertEquals(references(coordinator, own.get("overdue")), csvReferences(page),
                    "the CSV file holds the list on the screen");
            b.assertAccessible();

            // by value: the same name may belong to several people (and other tests' Dũng share this database)
            page.getByLabel("Người xử lý").selectOption(dung);
            assertThat(page.getByLabel("Người xử lý").locator("option:checked")).hasText("Phạm Văn Dũng — " + dung);
            filter(page);
            assertThat(rows(page)).hasCount(1);
            assertEquals(references(coordinator, Set.of(fiveDaysOld)), references(page));
            assertTrue(page.url().contains("assignee=" + dung), page.url());
            assertCounter(page, "Chờ phân loại",
                    count(coordinator, unitCodes, Map.of("status", "NEW", "assignee", dung)));
            assertEquals(references(coordinator, Set.of(fiveDaysOld)), csvReferences(page));
            b.assertAccessible();
        }

        try (Browsing other = Browsing.desktop(app)) {
            Page page = other.signIn(coordinator, null);
            page.navigate(overdueView);
            page.reload();
            assertThat(rows(page)).hasCount(own.get("overdue").size());
            assertEquals(references(coordinator, own.get("overdue")), references(page));
            assertThat(page.getByLabel("Mã đơn vị")).hasValue(units);
            assertThat(page.getByLabel("Thời hạn, chờ xác nhận")).hasValue("overdue");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Chờ phân loại"))).click();
            assertThat(rows(page)).hasCount(3);
            assertEquals(references(coordinator, own.get("toTriage")), references(page));
            assertTrue(page.url().contains("status=NEW"), page.url());

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Sắp đến hạn trong 24 giờ")))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Sắp đến hạn trong 24 giờ")))
                    .isVisible();
            assertThat(rows(page)).hasCount(own.get("due24h").size());
            assertEquals(references(coordinator, own.get("due24h")), references(page));
            assertEquals(references(coordinator, own.get("due24h")), csvReferences(page));
            other.assertAccessible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Chờ đội tỉnh xác nhận")))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Chờ đội tỉnh xác nhận")))
                    .isVisible();
            assertThat(rows(page)).hasCount(Math.min(pending.size(), 50));
            assertTrue(references(page).contains(reference(coordinator, escalated.incidentId())));
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

    private static void filter(Page page) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
    }

    private static Locator row(Page page, String coordinator, String id) {
        return rows(page).filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference(coordinator, id)))));
    }

    private static Set<String> references(String coordinator, Set<String> ids) {
        return ids.stream().map(id -> reference(coordinator, id)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> csvReferences(Page page) throws IOException {
        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Tải danh sách (CSV)")).click());
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("id,reference,unitCode,"), lines.get(0));
        return lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")[1])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** GET /incidents/count for the units and the filters. */
    private static int count(String coordinator, List<String> units, Map<String, String> filters) {
        return Api.as(coordinator).queryParam("unitCode", units).queryParams(filters).get("/api/v1/incidents/count")
                .then().statusCode(200).extract().<Number>path("count").intValue();
    }

    /** The incidents of every PENDING escalation, every page read. */
    private static Set<String> pendingAcknowledgement(String coordinator) {
        Set<String> incidents = new TreeSet<>();
        String cursor = null;
        do {
            var request = Api.as(coordinator).queryParam("status", "PENDING").queryParam("limit", 100);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/escalations").then().statusCode(200).extract().jsonPath();
            incidents.addAll(page.getList("items.incidentId", String.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return incidents;
    }

    /** The counters the test works out itself from its units' incidents and their open obligations (ids). */
    private static Map<String, Set<String>> countedByTheTest(String coordinator, List<String> units) {
        List<Map<String, Object>> incidents = new ArrayList<>();
        for (String unit : units) {
            incidents.addAll(Api.as(coordinator).queryParam("unitCode", unit).queryParam("limit", 500)
                    .get("/api/v1/incidents").then().statusCode(200).extract().path("items"));
        }
        Instant now = Instant.now();
        Set<String> toTriage = new TreeSet<>();
        Set<String> due = new TreeSet<>();
        Set<String> over = new TreeSet<>();
        for (Map<String, Object> incident : incidents) {
            String id = (String) incident.get("id");
            if ("NEW".equals(incident.get("status"))) {
                toTriage.add(id);
            }
            @SuppressWarnings("unchecked")
            List<Instant> open = ((List<Map<String, Object>>) incident.get("deadlines")).stream()
                    .filter(deadline -> "OPEN".equals(deadline.get("status")))
                    .map(deadline -> Instant.parse((String) deadline.get("dueAt"))).toList();
            if (open.stream().anyMatch(at -> at.isBefore(now))) {
                over.add(id);
            }
            if (open.stream().anyMatch(at -> !at.isBefore(now) && at.isBefore(now.plus(24, ChronoUnit.HOURS)))) {
                due.add(id);
            }
        }
        return Map.of("toTriage", toTriage, "due24h", due, "overdue", over);
    }
}
