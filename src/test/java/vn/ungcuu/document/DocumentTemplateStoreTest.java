package vn.ungcuu.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.ungcuu.config.DataFiles;

/** Templates are data: a stored version is never rewritten, a new version is used from then on. */
@QuarkusTest
class DocumentTemplateStoreTest {

    static final String SHIPPED = "documents/templates/vn-2026.REPORT_72H.json";

    @Inject
    DocumentTemplateStore templates;

    @Test
    void aStoredVersionIsNeverRewritten() {
        String shipped = DataFiles.read(SHIPPED, "test");
        String changed = shipped.replace("Trân trọng báo cáo./.", "Kính báo cáo./.");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> templates.store("changed.json", changed));
        assertTrue(refused.getMessage().contains("never rewritten"), refused.getMessage());
        assertEquals(1, templates.latest("vn-2026", "REPORT_72H").orElseThrow().version());
    }

    @Test
    void aFaultyTemplateIsRefusedWithItsFaults() {
        String shipped = DataFiles.read(SHIPPED, "test");
        String faulty = shipped.replace("\"symbol\": \"BC\"", "\"symbol\": \"\"")
                .replace("\"id\": \"vn-2026.REPORT_72H\"", "\"id\": \"vn-2026.OTHER\"");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DocumentTemplateStore.parse("faulty.json", faulty));
        assertTrue(refused.getMessage().contains("symbol is required"), refused.getMessage());
        assertTrue(refused.getMessage().contains("id must be <regime>.<document>"), refused.getMessage());
    }

    @Test
    void theLatestStoredVersionIsTheOneUsed() {
        String shipped = DataFiles.read(SHIPPED, "test");
        String regime = "vn-t" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        String first = shipped.replace("\"id\": \"vn-2026.REPORT_72H\"", "\"id\": \"" + regime + ".REPORT_72H\"")
                .replace("\"regime\": \"vn-2026\"", "\"regime\": \"" + regime + "\"");
        String second = first.replace("\"version\": 1", "\"version\": 2")
                .replace("Trân trọng báo cáo./.", "Kính báo cáo./.");
        templates.store("first.json", first);
        templates.store("second.json", second);
        templates.store("first.json", first);
        DocumentTemplate latest = templates.latest(regime, "REPORT_72H").orElseThrow();
        assertEquals(2, latest.version());
        assertTrue(latest.body().stream().anyMatch(block -> "Kính báo cáo./.".equals(block.paragraph())));
    }
}
