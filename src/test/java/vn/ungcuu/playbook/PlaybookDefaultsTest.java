package vn.ungcuu.playbook;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.incident.Category;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** The default playbooks shipped with the service: one per category, in Vietnamese, stored once. */
@QuarkusTest
class PlaybookDefaultsTest {

    @Inject
    DataSource db;

    @Inject
    DefaultPlaybooks defaults;

    private static JsonNode shipped() throws Exception {
        try (InputStream in = PlaybookDefaultsTest.class.getResourceAsStream("/playbooks/default-playbooks.json")) {
            return new ObjectMapper().readTree(in).get("playbooks");
        }
    }

    @Test
    void everyCategoryHasItsDefaultExactlyAsShipped() throws Exception {
        String reporter = Tokens.reporter(Fixtures.commune());
        Set<Category> covered = EnumSet.noneOf(Category.class);
        for (JsonNode playbook : shipped()) {
            String id = playbook.get("id").asText();
            String category = playbook.get("category").asText();
            covered.add(Category.valueOf(category));
            // version 1 is what was shipped, whatever has been edited since
            JsonPath stored = Api.as(reporter).queryParam("version", 1).get("/api/v1/playbooks/" + id).then()
                    .statusCode(200).body("category", equalTo(category))
                    .body("name", equalTo(playbook.get("name").asText()))
                    .body("name", containsString("Kịch bản ứng cứu sự cố"))
                    .body("updatedBy", equalTo("system"))
                    .body("active", equalTo(true))
                    .body("steps.size()", equalTo(playbook.get("steps").size()))
                    .extract().jsonPath();
            List<String> titles = stored.getList("steps.title");
            for (int i = 0; i < titles.size(); i++) {
                assertEquals(playbook.get("steps").get(i).get("title").asText(), titles.get(i));
                assertEquals(playbook.get("steps").get(i).get("description").asText(),
                        stored.getString("steps[" + i + "].description"));
            }
            // Circular 20/2017's steps: it starts with receiving and verifying, ends with lessons learned
            assertTrue(titles.get(0).startsWith("Tiếp nhận, xác minh"), category + ": " + titles.get(0));
            assertTrue(titles.get(titles.size() - 1).contains("rút kinh nghiệm"), category);
            assertTrue(titles.stream().anyMatch(title -> title.contains("Kiểm tra, đánh giá")), category);
        }
        assertEquals(EnumSet.allOf(Category.class), covered);
        Api.as(reporter).queryParam("limit", 500).queryParam("active", true).get("/api/v1/playbooks").then()
                .statusCode(200).body("items.size()", equalTo(Category.values().length));
    }

    @Test
    void theDefaultsAreAdaptedToTheirCategory() {
        String coordinator = Tokens.coordinator();
        Api.as(coordinator).queryParam("version", 1).get("/api/v1/playbooks/289bafc6-2c28-4c16-910e-deccf7775a6c")
                .then().statusCode(200).body("category", equalTo("RANSOMWARE"))
                .body("steps.title", hasItem("Không trả tiền chuộc, không liên lạc với kẻ tấn công"))
                .body("steps.title", hasItem("Khôi phục dữ liệu từ bản sao lưu ngoại tuyến"))
                .body("steps.title", hasItem("Xác định chủng mã độc và tìm công cụ giải mã"))
                .body("steps[1].title", containsString("Cô lập ngay"));
        Api.as(coordinator).queryParam("version", 1).get("/api/v1/playbooks/0edef908-77d2-4495-a3dc-05e559cbf671")
                .then().statusCode(200).body("category", equalTo("PHISHING"))
                .body("steps.title", hasItem("Chặn người gửi, tên miền và đường dẫn giả mạo"))
                .body("steps.title", hasItem("Đặt lại mật khẩu và thu hồi phiên đăng nhập của tài khoản bị lộ"));
    }

    @Test
    void storingAgainStoresNothingEvenFromSeveralInstancesAtOnce() throws Exception {
        long playbooks = Sql.count(db, "SELECT count(*) FROM playbook");
        long versions = Sql.count(db, "SELECT count(*) FROM playbook_version");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> instances = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                instances.add(defaults::load);
            }
            for (Future<Integer> stored : pool.invokeAll(instances)) {
                assertEquals(0, stored.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(playbooks, Sql.count(db, "SELECT count(*) FROM playbook"));
        assertEquals(versions, Sql.count(db, "SELECT count(*) FROM playbook_version"));
        for (JsonNode playbook : shipped()) {
            assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'PLAYBOOK'"
                    + " AND entity_id = ? AND action = 'CREATE' AND actor = 'system'", playbook.get("id").asText()));
        }
    }

    @Test
    void theShippedFileIsCheckedBeforeAnythingIsStored() {
        String broken = "{\"note\": \"\", \"playbooks\": [{\"id\": \"856eff39-a611-49c3-b7d0-9afc06b20e37\","
                + " \"category\": \"DOS\", \"name\": \"Kịch bản\", \"steps\": []}]}";
        IllegalStateException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> DefaultPlaybooks.parse(broken));
        assertTrue(refused.getMessage().contains("steps"), refused.getMessage());
    }
}
