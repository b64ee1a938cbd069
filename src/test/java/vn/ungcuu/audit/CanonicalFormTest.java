package vn.ungcuu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical serialisation is exact: sorted keys at every depth, compact, microsecond UTC time. */
class CanonicalFormTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void sortsKeysAtEveryDepthAndFixesTheTimeFormat() throws Exception {
        AuditRecord entry = new AuditRecord(7, Instant.parse("2026-03-02T01:15:00Z"), "u-1", "UPDATE", "INCIDENT",
                "abc", List.of(new FieldChange("contact", json.readTree("{\"z\":1,\"a\":{\"y\":true,\"b\":null}}"),
                        json.readTree("\"sự cố\""))), null);
        assertEquals("{\"action\":\"UPDATE\",\"actor\":\"u-1\",\"changes\":[{\"field\":\"contact\","
                + "\"from\":{\"a\":{\"b\":null,\"y\":true},\"z\":1},\"to\":\"sự cố\"}],\"entityId\":\"abc\","
                + "\"entityType\":\"INCIDENT\",\"id\":7,\"occurredAt\":\"2026-03-02T01:15:00.000000Z\","
                + "\"requestId\":null}", CanonicalForm.of(entry));
    }

    @Test
    void keyOrderOfTheInputDoesNotMatter() throws Exception {
        Instant at = Instant.parse("2026-03-02T01:15:00.123456Z");
        AuditRecord one = new AuditRecord(1, at, "a", "CREATE", "UNIT", "X", List.of(new FieldChange("f", null,
                json.readTree("{\"b\":2,\"a\":1}"))), "r");
        AuditRecord two = new AuditRecord(1, at, "a", "CREATE", "UNIT", "X", List.of(new FieldChange("f", null,
                json.readTree("{\"a\":1,\"b\":2}"))), "r");
        assertEquals(CanonicalForm.of(one), CanonicalForm.of(two));
    }
}
