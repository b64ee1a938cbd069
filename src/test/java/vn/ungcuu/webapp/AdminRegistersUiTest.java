package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
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
import vn.ungcuu.support.Tokens;

/**
 * Administration of the registers issue 18 names: a unit's focal points (a form per contact role, the history under
 * it), an information system's Decree 331 fields and warnings, a playbook's steps; each edit with If-Match, a stale
 * one said in words with a way to start over from what is stored.
 */
@QuarkusTest
class AdminRegistersUiTest {

    private static final String STALE = "Người khác vừa thay đổi mục này";

    @TestHTTPResource("/")
    URL app;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator status(Page page, String text) {
        return page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Locator form(Page page, String name) {
        return page.getByRole(AriaRole.FORM, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator label(Locator scope, String text) {
        return scope.getByLabel(text, new Locator.GetByLabelOptions().setExact(true));
    }

    /** On a phone, the page itself never scrolls sideways (wide tables scroll inside their frame). */
    private static void fitsThePhone(Page page) {
        assertEquals(360, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue(),
                "the page scrolls sideways at 360 px");
    }

    private static Page openContacts(Browsing b, String token, String unit) {
        Page page = ReportsUiTest.open(b, token, "/quan-tri?muc=don-vi");
        page.getByLabel("Mã đơn vị cần xem").fill(unit.toLowerCase());
        button(page, "Xem người liên hệ").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Người liên hệ của đơn vị " + unit)))
                .isFocused();
        assertThat(page.locator("uc-admin-contacts table").first()).isVisible();
        return page;
    }

    @Test
    void anAdministratorSetsAUnitsFocalPointAndItsTwentyFourSevenContactAndReadsTheirHistory() {
        String unit = Fixtures.commune();
        String admin = Tokens.admin();
        try (Browsing b = Browsing.desktop(app)) {
            Page page = openContacts(b, admin, unit);
            page.getByText("Đổi: Cán bộ đầu mối ứng cứu sự cố").click();
            Locator focal = form(page, "Cán bộ đầu mối ứng cứu sự cố");
            assertThat(label(focal, "Họ và tên")).hasValue("Lê Văn Bình");
            b.assertAccessible();
            label(focal, "Họ và tên").fill("Nguyễn Thị Hoa");
            label(focal, "Chức vụ").fill("Công chức văn hóa - xã hội");
            label(focal, "Số điện thoại").fill("0237 3871 114");
            label(focal, "Thư điện tử").fill("hoa@thanhhoa.gov.vn");
            focal.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Lưu")).click();
            assertThat(status(page, "Đã lưu: Cán bộ đầu mối ứng cứu sự cố")).isVisible();
            Locator history = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Lịch sử thay đổi người liên hệ"));
            assertThat(history).containsText("Nguyễn Thị Hoa");
            assertThat(history).containsText("0237 3871 114");

            Api.as(admin).get("/api/v1/units/" + unit).then().statusCode(200)
                    .body("focalPoint.name", equalTo("Nguyễn Thị Hoa"))
                    .body("focalPoint.title", equalTo("Công chức văn hóa - xã hội"))
                    .body("focalPoint.phone", equalTo("0237 3871 114"))
                    .body("focalPoint.email", equalTo("hoa@thanhhoa.gov.vn"));
            Api.as(admin).get("/api/v1/units/" + unit + "/contacts/history").then().statusCode(200)
                    .body("items.findAll { it.role == 'FOCAL_POINT' }.name", contains("Lê Văn Bình", "Nguyễn Thị Hoa"));

            // the 24/7 contact is kept in the register: with no way to reach it, the API's field error is beside the phone
            page.getByText("Đổi: Liên hệ trực 24/7").click();
            Locator h24 = form(page, "Liên hệ trực 24/7");
            label(h24, "Người hoặc bộ phận").fill("Trực ban an ninh mạng xã");
            h24.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Lưu")).click();
            assertThat(h24.getByRole(AriaRole.ALERT)).isVisible();
            assertThat(label(h24, "Số điện thoại")).hasAttribute("aria-invalid", "true");
            assertThat(label(h24, "Số điện thoại")).hasAttribute("aria-describedby", "contact-h24-phone-error");
            b.assertAccessible();
            label(h24, "Số điện thoại").fill("0237 3871 113");
            label(h24, "Địa chỉ hoặc trang tiếp nhận").fill("https://xa.thanhhoa.gov.vn/phan-anh");
            h24.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Lưu")).click();
            assertThat(status(page, "Đã lưu: Liên hệ trực 24/7")).isVisible();
            assertThat(label(h24, "Số điện thoại")).hasAttribute("aria-invalid", "false");
            assertThat(history).containsText("Trực ban an ninh mạng xã");
            b.assertAccessible();

            Api.as(admin).get("/api/v1/units/" + unit + "/contacts").then().statusCode(200)
                    .body("contacts.find { it.role == 'CONTACT_24_7' }.name", equalTo("Trực ban an ninh mạng xã"))
                    .body("contacts.find { it.role == 'CONTACT_24_7' }.phone", equalTo("0237 3871 113"))
                    .body("contacts.find { it.role == 'CONTACT_24_7' }.address", equalTo("https://xa.thanhhoa.gov.vn/phan-anh"));
            Api.as(Tokens.auditor()).queryParam("entityId", unit).queryParam("action", "CONTACT_CHANGED")
                    .get("/api/v1/audit").then().statusCode(200).body("items.actor", hasItem(Tokens.subjectOf(admin)));
        }
    }

    @Test
    void aLeadChangedBySomeoneElseMeanwhileIsAStaleEditThatReloads() {
        String unit = Fixtures.commune();
        String admin = Tokens.admin();
        try (Browsing b = Browsing.phone(app)) {
            Page page = openContacts(b, admin, unit);
            page.getByText("Đổi: Lãnh đạo phụ trách an ninh mạng").click();
            Locator lead = form(page, "Lãnh đạo phụ trách an ninh mạng");
            label(lead, "Họ và tên").fill("Phạm Văn Đức");

            // another administrator renames the unit after the form read it
            String etag = Api.as(admin).get("/api/v1/units/" + unit).then().statusCode(200).extract().header("ETag");
            Api.as(Tokens.admin()).header("If-Match", etag).body(Map.of("name", "UBND xã đổi tên", "type", "COMMUNE",
                            "focalPoint", Map.of("name", "Lê Văn Bình", "phone", "0912 345 678")))
                    .put("/api/v1/units/" + unit).then().statusCode(200);

            lead.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Lưu")).click();
            assertThat(lead.getByRole(AriaRole.ALERT)).containsText(STALE);
            b.assertAccessible();
            fitsThePhone(page);
            Api.as(admin).get("/api/v1/units/" + unit).then().statusCode(200)
                    .body("securityLead", nullValue()).body("name", equalTo("UBND xã đổi tên"));

            lead.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lại bản mới nhất")).click();
            assertThat(lead.getByRole(AriaRole.ALERT)).hasCount(0);
            assertThat(label(lead, "Họ và tên")).isFocused();
            label(lead, "Họ và tên").fill("Phạm Văn Đức");
            label(lead, "Số điện thoại").fill("0912 111 222");
            lead.getByRole(AriaRole.BUTTON).filter(new Locator.FilterOptions().setHasText("Lưu")).click();
            assertThat(status(page, "Đã lưu: Lãnh đạo phụ trách an ninh mạng")).isVisible();
            Api.as(admin).get("/api/v1/units/" + unit).then().statusCode(200)
                    .body("securityLead.name", equalTo("Phạm Văn Đức")).body("name", equalTo("UBND xã đổi tên"))
                    .body("focalPoint.name", equalTo("Lê Văn Bình"));
        }
    }

    @Test
    void aCoordinatorEditsASystemsRegisterFieldsSeesItsWarningsAndAStaleEdit() {
        String unit = Fixtures.commune();
        String coordinator = Tokens.coordinator();
        String name = "Cổng dịch vụ công " + Fixtures.uniqueCode("HT");
        String id = Api.as(Tokens.admin()).body(Map.of("unitCode", unit, "name", name, "securityLevel", 2))
                .post("/api/v1/systems").then().statusCode(201).extract().path("id");
        try (Browsing b = Browsing.desktop(app)) {
            Page page = ReportsUiTest.open(b, coordinator, "/quan-tri?muc=he-thong");
            page.getByLabel("Chỉ xem hệ thống của đơn vị (mã)").fill(unit);
            button(page, "Lọc").click();
            assertThat(page.locator("uc-admin-systems tbody tr")).hasCount(1);
            button(page, "Sửa " + name).click();
            Locator edit = page.locator("form", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Sửa hệ thống " + name))));
            assertThat(edit.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(3))).isFocused();
            b.assertAccessible();

            // it handles administrative procedures at level 2: the register warns, with the decree's article
            edit.getByLabel("Có giải quyết thủ tục hành chính").check();
            edit.getByLabel("Chủ quản hệ thống thông tin").fill("UBND xã");
            edit.getByLabel("Đơn vị vận hành").fill("Văn phòng HĐND và UBND xã");
            edit.getByLabel("Hồ sơ đề xuất cấp độ", new Locator.GetByLabelOptions().setExact(true)).selectOption("DRAFTING");
            edit.getByLabel("Phương án bảo đảm an ninh mạng").selectOption("PARTIAL");
            edit.getByLabel("Số người có dữ liệu cá nhân cơ bản được xử lý").fill("");
            button(page, "Lưu").click();
            assertThat(edit.getByLabel("Số người có dữ liệu cá nhân cơ bản được xử lý")).hasAttribute("aria-invalid", "true");
            assertThat(edit.getByLabel("Số người có dữ liệu cá nhân cơ bản được xử lý")).isFocused();
            edit.getByLabel("Số người có dữ liệu cá nhân cơ bản được xử lý").fill("1200");
            button(page, "Lưu").click();
            assertThat(status(page, "Đã lưu hệ thống " + name)).isVisible();
            Locator row = page.locator("uc-admin-systems tbody tr").filter(new Locator.FilterOptions().setHasText(name));
            assertThat(row).containsText("Nghị định 331/2026");
            Api.as(coordinator).get("/api/v1/systems/" + id).then().statusCode(200)
                    .body("handlesAdministrativeProcedures", equalTo(true)).body("owner", equalTo("UBND xã"))
                    .body("operator", equalTo("Văn phòng HĐND và UBND xã")).body("approvalStatus", equalTo("DRAFTING"))
                    .body("securityPlanStatus", equalTo("PARTIAL")).body("basicDataSubjects", equalTo(1200))
                    .body("warnings.code", hasItem("LEVEL_3_REQUIRED_ADMINISTRATIVE_PROCEDURES"));

            // level 3: the warning is gone
            button(page, "Sửa " + name).click();
            assertThat(edit.getByRole(AriaRole.REGION, new Locator.GetByRoleOptions().setName("Cảnh báo hiện nay")))
                    .containsText("Nghị định 331/2026");
            edit.getByLabel("Cấp độ an toàn").selectOption("3");
            edit.getByLabel("Căn cứ xác định cấp độ").fill("Điều 9, khoản 2");
            b.assertAccessible();
            button(page, "Lưu").click();
            assertThat(status(page, "Đã lưu thay đổi")).isVisible();
            assertThat(row.locator("td").nth(1)).hasText("3");
            Api.as(coordinator).get("/api/v1/systems/" + id).then().statusCode(200)
                    .body("securityLevel", equalTo(3)).body("levelCriterion", equalTo("Điều 9, khoản 2"))
                    .body("warnings", equalTo(List.of()));
            Api.as(Tokens.auditor()).queryParam("entityId", id).queryParam("action", "UPDATE").get("/api/v1/audit")
                    .then().statusCode(200)
                    .body("items.actor", hasItems(Tokens.subjectOf(coordinator)))
                    .body("items.changes.flatten().field", hasItems("securityLevel", "owner", "handlesAdministrativeProcedures"));

            // someone else changes it after the form read it: 412 in words, reload shows theirs
            button(page, "Sửa " + name).click();
            String etag = Api.as(coordinator).get("/api/v1/systems/" + id).then().extract().header("ETag");
            Api.as(Tokens.admin()).header("If-Match", etag).body(Map.of("unitCode", unit, "name", name, "securityLevel", 4))
                    .put("/api/v1/systems/" + id).then().statusCode(200);
            edit.getByLabel("Cấp độ an toàn").selectOption("5");
            button(page, "Lưu").click();
            assertThat(edit.getByRole(AriaRole.ALERT)).containsText(STALE);
            b.assertAccessible();
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lại bản mới nhất")).click();
            assertThat(edit.getByLabel("Cấp độ an toàn")).hasValue("4");
            assertThat(edit.getByRole(AriaRole.ALERT)).hasCount(0);
            Api.as(coordinator).get("/api/v1/systems/" + id).then().body("securityLevel", equalTo(4));
        }
    }

    @Test
    void anAdministratorEditsAPlaybooksStepsWithTheKeyboardAndAStaleEditIsSaid() {
        String admin = Tokens.admin();
        String name = "Kịch bản thử " + Fixtures.uniqueCode("KB");
        String id = Api.as(admin).body(Map.of("category", "OTHER", "name", name, "active", false, "steps", List.of(
                        Map.of("title", "Tiếp nhận"), Map.of("title", "Cô lập"), Map.of("title", "Khôi phục"))))
                .post("/api/v1/playbooks").then().statusCode(201).extract().path("id");
        try (Browsing b = Browsing.phone(app)) {
            Page page = ReportsUiTest.open(b, admin, "/quan-tri?muc=kich-ban");
            page.getByLabel("Xem kịch bản của loại sự cố").selectOption("OTHER");
            // the list is read again for that category only
            assertThat(page.locator("uc-admin-playbooks li.card").filter(new Locator.FilterOptions()
                    .setHasText("Tấn công kết hợp nhiều hình thức"))).hasCount(0);
            button(page, "Sửa kịch bản " + name + " (phiên bản 1)").click();
            Locator edit = page.locator("form", new Page.LocatorOptions().setHas(page.getByRole(AriaRole.HEADING,
                    new Page.GetByRoleOptions().setName("Sửa kịch bản " + name))));
            assertThat(edit.getByLabel("Tên bước 3")).hasValue("Khôi phục");
            b.assertAccessible();
            fitsThePhone(page);

            // "Khôi phục" up one, with the keyboard: the focus stays on the moved step's button
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đưa bước 3 lên")).focus();
            page.keyboard().press("Enter");
            assertThat(edit.getByLabel("Tên bước 2")).hasValue("Khôi phục");
            assertThat(edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đưa bước 2 lên"))).isFocused();
            assertThat(edit.getByRole(AriaRole.STATUS)).hasText("Bước \"Khôi phục\" giờ là bước 2.");
            page.keyboard().press("Enter");
            assertThat(edit.getByLabel("Tên bước 1")).hasValue("Khôi phục");
            // at the top, "up" is off: the focus went to "down"
            assertThat(edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Đưa bước 1 xuống"))).isFocused();

            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa bước 3")).click();
            assertThat(edit.getByLabel("Tên bước 3")).hasCount(0);
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Thêm bước")).click();
            assertThat(edit.getByLabel("Tên bước 3")).isFocused();
            // a step left without a title: the API's field error beside it
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu").setExact(true)).click();
            assertThat(edit.getByLabel("Tên bước 3")).hasAttribute("aria-invalid", "true");
            assertThat(edit.getByRole(AriaRole.ALERT)).containsText("Tên bước 3");
            b.assertAccessible();

            edit.getByLabel("Tên bước 3").fill("Báo cáo kết quả");
            edit.getByLabel("Mô tả bước 3 (không bắt buộc)").fill("Gửi báo cáo cho đội ứng cứu tỉnh");
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu").setExact(true)).click();
            assertThat(status(page, "Đã lưu kịch bản " + name + ", phiên bản 2")).isVisible();
            Api.as(admin).get("/api/v1/playbooks/" + id).then().statusCode(200).body("version", equalTo(2))
                    .body("steps.title", contains("Khôi phục", "Tiếp nhận", "Báo cáo kết quả"))
                    .body("steps[2].description", equalTo("Gửi báo cáo cho đội ứng cứu tỉnh"))
                    .body("active", equalTo(false));
            Api.as(admin).queryParam("version", 1).get("/api/v1/playbooks/" + id).then().statusCode(200)
                    .body("steps.title", contains("Tiếp nhận", "Cô lập", "Khôi phục"));

            // a coordinator changes it after the form read it
            button(page, "Sửa kịch bản " + name + " (phiên bản 2)").click();
            Api.as(Tokens.coordinator()).header("If-Match", "\"2\"").body(Map.of("category", "OTHER", "name", name,
                            "active", false, "steps", List.of(Map.of("title", "Chỉ một bước"))))
                    .put("/api/v1/playbooks/" + id).then().statusCode(200);
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Xóa bước 1")).click();
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lưu").setExact(true)).click();
            assertThat(edit.getByRole(AriaRole.ALERT)).containsText(STALE);
            b.assertAccessible();
            edit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Tải lại bản mới nhất")).click();
            assertThat(edit.getByLabel("Tên bước 1")).hasValue("Chỉ một bước");
            assertThat(edit.getByLabel("Tên bước 2")).hasCount(0);
            Api.as(admin).get("/api/v1/playbooks/" + id).then().body("version", equalTo(3));
        }
    }
}
