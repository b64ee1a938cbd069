package vn.ungcuu.regime;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.PackagedService;
import vn.ungcuu.support.PostgresResource;
import vn.ungcuu.support.Tokens;

/**
 * The deploying body changes a rule without a release: its own copy of a regime file, listed in
 * ungcuu.regimes.files. The packaged service refuses to start on a copy edited under a stored version
 * (naming the file), and stores it beside the old version once the version is raised.
 */
class RegimeFileIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PostgresResource database = new PostgresResource();
    private PackagedService service;

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.close();
        }
        database.stop();
    }

    @Test
    void anEditedFileNeedsANewVersionAndThenStandsBesideTheOldOne(@TempDir Path dir) throws Exception {
        Map<String, String> datasource = database.start();
        ObjectNode regime = (ObjectNode) JSON.readTree(RegimeStore.read("regimes/vn-2026.json"));
        for (JsonNode obligation : regime.get("obligations")) {
            if (obligation.get("kind").asText().equals("REPORT_72H")) {
                ((ObjectNode) obligation.get("due")).put("after", "PT48H");
            }
        }
        Path copy = dir.resolve("vn-2026-tinh.json");
        Files.writeString(copy, JSON.writeValueAsString(regime), StandardCharsets.UTF_8);
        Map<String, String> env = PackagedService.environment(datasource);
        // the shipped files first: version 2 of vn-2026 is stored as shipped, then the copy claims version 2 too
        env.put("UNGCUU_REGIMES_FILES", "regimes/vn-2017.json,regimes/vn-2026.json," + copy);

        service = PackagedService.start(env, "regime-file-it-refused");
        assertNotEquals(0, service.awaitExit(Duration.ofSeconds(90)), "an edited version does not start");
        String log = service.log();
        assertTrue(log.contains(copy + ": version 2 of regime vn-2026 is stored with other content"), log);

        regime.put("version", 3);
        Files.writeString(copy, JSON.writeValueAsString(regime), StandardCharsets.UTF_8);
        service = PackagedService.startReady(env, "regime-file-it-raised");
        String token = Tokens.auditor();
        Api.as(token).get("/api/v1/regimes/vn-2026").then().statusCode(200).body("version", equalTo(3))
                .body("obligations.find { it.kind == 'REPORT_72H' }.due.after", equalTo("PT48H"));
        Api.as(token).queryParam("version", 2).get("/api/v1/regimes/vn-2026").then().statusCode(200)
                .body("obligations.find { it.kind == 'REPORT_72H' }.due.after", equalTo("PT72H"));
        Api.as(token).get("/api/v1/regimes").then().statusCode(200)
                .body("items.find { it.id == 'vn-2026' }.versions", equalTo(List.of(2, 3)));
    }
}
