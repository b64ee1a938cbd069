package vn.ungcuu.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/** The audit table is append-only in the database itself, and entries serialise canonically. */
@QuarkusTest
class AuditTrailTest {

    @Inject
    DataSource db;

    @Inject
    AuditLog audit;

    @Test
    void theDatabaseRefusesToEditOrDeleteAuditRows() {
        String id = Fixtures.incidentFiledBy(Tokens.reporter(Fixtures.commune()));
        SQLException update = assertThrows(SQLException.class, () -> Sql.execute(db,
                "UPDATE audit_entry SET actor = 'someone-else' WHERE entity_id = ?", id));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> Sql.execute(db, "DELETE FROM audit_entry WHERE entity_id = ?", id));
        assertThrows(SQLException.class, () -> Sql.execute(db, "TRUNCATE audit_entry"));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_id = ? AND actor <> 'someone-else'",
                id));
    }

    @Test
    void unitAndSystemChangesAreAuditedToo() {
        String unit = Fixtures.commune();
        String system = Fixtures.system(unit, 4);
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'UNIT'"
                + " AND entity_id = ? AND action = 'CREATE'", unit));
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_entry WHERE entity_type = 'SYSTEM'"
                + " AND entity_id = ? AND action = 'CREATE'", system));
    }

    @Test
    void theCanonicalFormSurvivesTheDatabaseRoundTrip() {
        String reporter = Tokens.reporter(Fixtures.commune());
        String id = Fixtures.incidentFiledBy(reporter);
        Api.as(reporter).body(Map.of("title", "đổi tiêu đề")).patch("/api/v1/incidents/" + id).then().statusCode(200);

        List<AuditRecord> entries = audit.history("INCIDENT", id, PageRequest.of("10", null)).items();
        assertEquals(2, entries.size());
        for (AuditRecord entry : entries) {
            String canonical = CanonicalForm.of(entry);
            assertEquals(canonical, CanonicalForm.of(audit.history("INCIDENT", id, PageRequest.of("10", null))
                    .items().get(entries.indexOf(entry))), "stable across reads");
            assertTrue(canonical.startsWith("{\"action\":\""), canonical);
            assertTrue(canonical.contains("\"entityId\":\"" + id + "\""), canonical);
        }
        assertTrue(CanonicalForm.of(entries.get(1)).contains(
                "\"changes\":[{\"field\":\"title\",\"from\":\"Máy chủ nhiễm mã độc\",\"to\":\"đổi tiêu đề\"}]"));
    }
}
