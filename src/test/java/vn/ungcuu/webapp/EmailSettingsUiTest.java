package vn.ungcuu.webapp;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Browsing;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Tokens;

/**
 * "Thư điện tử": on a phone, a commune's focal point turns e-mail off and on again, told first that legal-deadline
 * warnings come whatever they choose; the service keeps the choice (GET /people/me/notifications).
 */
@QuarkusTest
class EmailSettingsUiTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void aPersonTurnsEmailOffAndOnKnowingLegalDeadlineWarningsStillCome() {
        String unit = Fixtures.commune();
        String me = Fixtures.uniqueCode("dau-moi").toLowerCase();
        String token = Tokens.person(me, "Lê Văn Bình", me + "@ungcuu.test", List.of("reporter"), unit);
        try (Browsing b = Browsing.phone(app)) {
            Page page = b.signIn(token, null);
            page.locator("main h1").first().waitFor();
            page = b.go("/thu-dien-tu");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Thư điện tử"))).isVisible();
            assertThat(page.getByText("Cảnh báo sắp đến hạn hoặc đã quá hạn báo cáo theo quy định luôn được gửi"))
                    .isVisible();
            assertThat(page.getByLabel("Nhận thư điện tử từ UngCuu", new Page.GetByLabelOptions().setExact(false)))
                    .isChecked();
            b.assertAccessible();

            page.getByLabel("Nhận thư điện tử từ UngCuu", new Page.GetByLabelOptions().setExact(false)).uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lựa chọn")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu: bạn chỉ nhận cảnh báo về thời hạn báo cáo "
                    + "theo quy định.");
            Api.as(token).get("/api/v1/people/me/notifications").then().statusCode(200).body("email", equalTo(false));

            page.reload();
            assertThat(page.getByLabel("Nhận thư điện tử từ UngCuu", new Page.GetByLabelOptions().setExact(false)))
                    .not().isChecked();
            page.getByLabel("Nhận thư điện tử từ UngCuu", new Page.GetByLabelOptions().setExact(false)).check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu lựa chọn")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText("Đã lưu: bạn sẽ nhận thư điện tử.");
            Api.as(token).get("/api/v1/people/me/notifications").then().statusCode(200).body("email", equalTo(true));
        }
    }
}
