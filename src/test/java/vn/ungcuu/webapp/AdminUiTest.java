package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/** Administration: an administrator registers a unit and an authority through the forms, and reads the rules. */
@QuarkusTest
class AdminUiTest {

    @TestHTTPResource("/")
    URL app;

    private static Locator tab(Page page, String name) {
        return page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name));
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAdministratorCreatesAUnitAndAnAuthorityAndReadsTheRegimes() {
        String unit = Fixtures.uniqueCode("XA");
        String authority = Fixtures.uniqueCode("CQ");
        String admin = Tokens.admin();
        try (Browsing b = Browsing.desktop(app)) {
            Page page = ReportsUiTest.open(b, admin, "/quan-tri");
            assertThat(tab(page, "Đơn vị")).hasAttribute("aria-selected", "true");
            assertThat(page.locator("uc-admin-units table tbody tr").first()).isVisible();
            b.assertAccessible();

            page.getByLabel("Mã đơn vị", new Page.GetByLabelOptions().setExact(true)).fill(unit);
            page.getByLabel("Tên đơn vị", new Page.GetByLabelOptions().setExact(true)).fill("UBND xã Thử Nghiệm");
            page.getByLabel("Loại đơn vị").selectOption("WARD");
            page.getByLabel("Họ và tên cán bộ đầu mối").fill("Trần Thị Mai");
            page.getByLabel("Số điện thoại").fill("0912 000 111");
            button(page, "Thêm đơn vị").click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Đã thêm đơn vị " + unit))).isVisible();
            Api.as(admin).get("/api/v1/units/" + unit).then().statusCode(200)
                    .body("name", equalTo("UBND xã Thử Nghiệm")).body("type", equalTo("WARD"))
                    .body("focalPoint.name", equalTo("Trần Thị Mai")).body("focalPoint.phone", equalTo("0912 000 111"));

            // the same code again: the API's 409 in words, the form kept
            page.getByLabel("Mã đơn vị", new Page.GetByLabelOptions().setExact(true)).fill(unit);
            page.getByLabel("Tên đơn vị", new Page.GetByLabelOptions().setExact(true)).fill("Trùng mã");
            button(page, "Thêm đơn vị").click();
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Đã có một bản ghi như vậy");
            b.assertAccessible();

            tab(page, "Cơ quan nhận báo cáo").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thêm cơ quan"))).isVisible();
            b.assertAccessible();
            page.getByLabel("Mã cơ quan").fill(authority);
            page.getByLabel("Tên cơ quan").fill("Sở Khoa học và Công nghệ (thử)");
            page.getByLabel("Tên tiếng Anh").fill("Department of Science and Technology (test)");
            page.getByLabel("Hình thức").selectOption("EMAIL");
            page.getByLabel("Địa chỉ hoặc số").fill("skhcn@thanhhoa.gov.vn");
            button(page, "Thêm cơ quan").click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Đã thêm cơ quan " + authority))).isVisible();
            Api.as(admin).get("/api/v1/authorities/" + authority).then().statusCode(200)
                    .body("nameVi", equalTo("Sở Khoa học và Công nghệ (thử)"))
                    .body("channels[0].type", equalTo("EMAIL")).body("channels[0].value", equalTo("skhcn@thanhhoa.gov.vn"))
                    .body("active", equalTo(true));

            // an edit sends If-Match with the ETag it read
            button(page, "Sửa " + authority).click();
            Locator edit = page.locator("form", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Sửa cơ quan " + authority))));
            edit.getByLabel("Tên cơ quan").fill("Sở Khoa học và Công nghệ tỉnh (thử)");
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu")).click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("Đã lưu thay đổi")))
                    .isVisible();
            Api.as(admin).get("/api/v1/authorities/" + authority).then().statusCode(200)
                    .body("nameVi", equalTo("Sở Khoa học và Công nghệ tỉnh (thử)")).body("version", equalTo(1));

            tab(page, "Chế độ pháp lý").click();
            Locator panel = page.getByRole(AriaRole.TABPANEL);
            // every stored regime is there (other tests store regimes of their own): the two shipped ones with
            // their legal basis
            assertThat(panel.locator("section.card").filter(new Locator.FilterOptions()
                    .setHasText("Quyết định 05/2017/QĐ-TTg")).first()).isVisible();
            assertThat(panel.locator("section.card").filter(new Locator.FilterOptions()
                    .setHasText("Nghị định 331/2026/NĐ-CP")).first()).isVisible();
            int regimes = Api.as(admin).get("/api/v1/regimes").then().statusCode(200).extract().path("items.size()");
            assertThat(panel.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3))).hasCount(regimes);
            assertThat(panel.locator("input, select, textarea, form")).hasCount(0);
            b.assertAccessible();

            for (String name : new String[] {"Hệ thống thông tin", "Kịch bản ứng cứu", "Tiêu chí mức độ"}) {
                tab(page, name).click();
                assertThat(page.getByRole(AriaRole.TABPANEL).getByRole(AriaRole.HEADING,
                        new Locator.GetByRoleOptions().setName(name).setLevel(2))).isVisible();
                assertThat(page.getByRole(AriaRole.TABPANEL).locator("table, li.card").first()).isVisible();
                b.assertAccessible();
            }
            assertThat(page.getByRole(AriaRole.TABPANEL).locator("form")).hasCount(0);
        }
    }

    @Test
    void aCoordinatorSeesOnlyTheFormsTheApiAllowsThemOnAPhone() {
        String unit = Fixtures.commune();
        try (Browsing b = Browsing.phone(app)) {
            Page page = ReportsUiTest.open(b, Tokens.coordinator(), "/quan-tri?muc=he-thong");
            assertThat(tab(page, "Hệ thống thông tin")).hasAttribute("aria-selected", "true");
            page.getByLabel("Mã đơn vị quản lý").fill(unit);
            page.getByLabel("Tên hệ thống").fill("Cổng thông tin điện tử xã");
            page.getByLabel("Cấp độ an toàn").selectOption("2");
            button(page, "Thêm hệ thống").click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Đã thêm hệ thống"))).isVisible();
            Api.as(Tokens.admin()).queryParam("unitCode", unit).get("/api/v1/systems").then().statusCode(200)
                    .body("items[0].name", equalTo("Cổng thông tin điện tử xã")).body("items[0].securityLevel", equalTo(2));
            b.assertAccessible();

            tab(page, "Đơn vị").click();
            assertThat(page.locator("uc-admin-units table tbody tr").first()).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thêm đơn vị"))).hasCount(0);
            b.assertAccessible();
        }
    }
}
