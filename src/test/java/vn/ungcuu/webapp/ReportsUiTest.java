package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.DocumentText;
import vn.ungcuu.support.MovableTimeSource;
import vn.ungcuu.support.Tokens;
import vn.ungcuu.support.Triage;

/**
 * The periodic report screen: a year's and a half-year's summary as tables equal to the API's figures, each chart
 * beside its table, and Chart.js fetched only when a report is shown. The incidents are reported in 2020, a year no
 * other test reports in (ReportSummaryTest keeps 2019 and 2021-2025, PreparednessTest 2018).
 */
@QuarkusTest
class ReportsUiTest {

    /** A string of Chart.js's own code that survives minification. */
    private static final String CHART_JS = "Canvas is already in use";

    @TestHTTPResource("/")
    URL app;

    @AfterEach
    void resetClock() {
        MovableTimeSource.reset();
    }

    private static String fileAt(Instant at, String coordinator, String unit, String category) {
        MovableTimeSource.setTo(at);
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Sự cố " + category.toLowerCase() + " tại " + unit);
        body.put("description", "Phát hiện bất thường trên hệ thống, đang xác minh");
        body.put("category", category);
        body.put("detectedAt", at.minus(Duration.ofHours(1)).toString());
        body.put("unitCode", unit);
        return Api.as(coordinator).body(body).post("/api/v1/incidents").then().statusCode(201).extract().path("id");
    }

    /** The API's summary of the period, as the JSON text it answered. */
    private static String summary(String token, String period) {
        return Api.as(token).queryParam("period", period).get("/api/v1/reports/summary").then().statusCode(200)
                .extract().asString();
    }

    /** The numbers of a table's body, in order, as the page shows them (vi-VN, no thousands here). */
    private static List<String> numbers(Page page, String table) {
        return page.locator("table[data-table=" + table + "] tbody td.num").allInnerTexts();
    }

    /** The values of one of the summary's maps, in the order of the JSON answer (the order the screen shows). */
    private static List<String> values(String report, String path) {
        try {
            JsonNode map = new ObjectMapper().readTree(report).get(path);
            List<String> values = new ArrayList<>();
            map.elements().forEachRemaining(value -> values.add(value.asText()));
            return values;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signs in, waits for the home screen, then opens the route: opening the route before the home screen has
     * loaded races with the shell's own move to the home screen.
     */
    static Page open(Browsing b, String token, String route) {
        Page page = b.signIn(token, null);
        page.locator("main h1").first().waitFor();
        return b.go(route);
    }

    @Test
    void aCoordinatorReadsAYearAndAHalfYearAsTablesWithChartsAndChartJsComesOnlyThen() throws Exception {
        String coordinator = Tokens.coordinator();
        String unit = Fixtures.commune();
        fileAt(Instant.parse("2020-03-02T02:00:00Z"), coordinator, unit, "MALWARE");
        String triaged = fileAt(Instant.parse("2020-03-02T03:00:00Z"), coordinator, unit, "MALWARE");
        Triage.assess(coordinator, triaged);
        Triage.take(coordinator, triaged, "TRIAGE");
        fileAt(Instant.parse("2020-04-10T02:00:00Z"), coordinator, unit, "PHISHING");
        fileAt(Instant.parse("2020-09-15T02:00:00Z"), coordinator, unit, "DEFACEMENT");
        MovableTimeSource.reset();
        String year = summary(coordinator, "2020");
        assertEquals(4, new JsonPath(year).getInt("total"));

        try (Browsing b = Browsing.desktop(app)) {
            Page page = b.page();
            List<String> scripts = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if ("script".equals(request.resourceType()) || request.url().endsWith(".js")) {
                    scripts.add(request.url());
                }
            });
            b.signIn(coordinator, null);
            page.locator("main h1").first().waitFor();
            List<String> firstLoad = List.copyOf(scripts);
            assertFalse(firstLoad.isEmpty());
            for (String script : firstLoad) {
                assertFalse(body(b, script).contains(CHART_JS), "Chart.js is not in the first load: " + script);
            }

            b.go("/bao-cao-dinh-ky");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Báo cáo định kỳ")
                    .setLevel(1))).isVisible();
            b.assertAccessible();
            List<String> beforeReport = List.copyOf(scripts);
            for (String script : beforeReport) {
                assertFalse(body(b, script).contains(CHART_JS), "Chart.js only once a report is shown: " + script);
            }

            page.getByLabel("Báo cáo năm").check();
            page.getByLabel("Năm", new Page.GetByLabelOptions().setExact(true)).first().selectOption("2020");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem báo cáo").setExact(true)).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Báo cáo tổng hợp sự cố năm 2020"))).isVisible();
            assertTrue(page.url().contains("period=2020"), page.url());
            Locator category = page.locator("table[data-table=category]");
            assertThat(category.locator("tr", new Locator.LocatorOptions().setHasText("Mã độc, virus")))
                    .containsText("2");
            assertEquals(values(year, "byCategory"), numbers(page, "category"));
            assertThat(category.locator("tfoot td")).hasText("4");
            assertEquals(values(year, "byStatus"), numbers(page, "status"));
            assertEquals(values(year, "bySeverity"), numbers(page, "severity"));
            assertThat(page.locator("table[data-table=unit] tbody tr")).hasText(Pattern.compile(unit + "\\s*4"));
            assertThat(page.locator("table[data-table=obligations] tbody tr").first()).isVisible();

            Locator canvas = page.locator("canvas[data-chart=category]");
            assertThat(canvas).hasAttribute("role", "img");
            assertThat(canvas).hasAttribute("aria-label", Pattern.compile("Mã độc, virus \\(2\\)"));
            assertThat(canvas).hasAttribute("height", Pattern.compile("\\d+")); // drawn by Chart.js
            assertTrue(scripts.stream().filter(script -> !beforeReport.contains(script))
                    .anyMatch(script -> body(b, script).contains(CHART_JS)), "Chart.js arrives with the report: " + scripts);
            b.assertAccessible();

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Tải về bảng tính (CSV)")).click());
            assertEquals("bao-cao-2020.csv", download.suggestedFilename());
            assertTrue(Files.readString(download.path()).contains("summary,total,4"));
            Download pdf = page.waitForDownload(() -> page.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Tải văn bản để in (PDF)")).click());
            assertEquals("bao-cao-2020.pdf", pdf.suggestedFilename());
            DocumentText.assertContainsAll(DocumentText.pdf(Files.readAllBytes(pdf.path())),
                    List.of("Tình hình sự cố an toàn thông tin mạng năm 2020", "Tổng số sự cố được tiếp nhận: 4"));

            String h1 = summary(coordinator, "2020-H1");
            page.getByLabel("Báo cáo 6 tháng").check();
            page.getByLabel("Kỳ 6 tháng").selectOption("H1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem báo cáo").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Báo cáo tổng hợp sự cố 6 tháng đầu năm 2020"))).isVisible();
            assertThat(page.locator("table[data-table=category] tfoot td")).hasText(String.valueOf(new JsonPath(h1).getInt("total")));
            assertEquals(values(h1, "byCategory"), numbers(page, "category"));
            assertThat(page.locator("canvas[data-chart=category]")).hasAttribute("height", Pattern.compile("\\d+"));
            b.assertAccessible();
            b.screenshot("half-year-report");

            // on paper: the form, the buttons and the menu are left out; the charts and tables stay
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("form.report-form")).isHidden();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("In báo cáo"))).isHidden();
            assertThat(page.locator("nav.menu")).isHidden();
            assertThat(page.locator("canvas[data-chart=category]")).isVisible();
            assertThat(page.locator("table[data-table=handling]")).isVisible();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem báo cáo hệ thống")).click();
            assertThat(page.locator("table[data-table=systems]")).containsText("Số hệ thống thông tin");
            b.assertAccessible();
        }
    }

    @Test
    void onAPhoneTheReportFitsTheScreen() {
        try (Browsing b = Browsing.phone(app)) {
            Page page = open(b, Tokens.auditor(), "/bao-cao-dinh-ky?period=2020-H2");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName("Báo cáo tổng hợp sự cố 6 tháng cuối năm 2020"))).isVisible();
            assertThat(page.locator("canvas[data-chart=category]")).hasAttribute("height", Pattern.compile("\\d+"));
            assertEquals(Boolean.FALSE, page.evaluate(
                    "document.documentElement.scrollWidth > document.documentElement.clientWidth"),
                    "no sideways scrolling at 360 px");
            b.assertAccessible();
        }
    }

    /** A script as the browser fetched it (the bundles are outside the API contract REST Assured checks). */
    private static String body(Browsing b, String url) {
        return b.context().request().get(url).text();
    }
}
