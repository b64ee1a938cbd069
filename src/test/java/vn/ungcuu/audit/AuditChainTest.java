package vn.ungcuu.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.support.Api;
import vn.ungcuu.support.Fixtures;
import vn.ungcuu.support.Sql;
import vn.ungcuu.support.Tokens;

/**
 * The tamper-evidence chain: entries are sealed after they commit, in one contiguous sequence, and
 * GET /audit/verify finds an edited entry, an edited or removed seal, and a deleted entry. The test
 * database is shared, so the checks run over whatever is there, and every tampering is undone in a
 * finally block (the chain verifies again afterwards).
 */
@QuarkusTest
class AuditChainTest {

    @Inject
    DataSource db;

    @Inject
    AuditSealer sealer;

    @Inject
    AuditLog audit;

    @Test
    void theChainVerifiesAfterActivity() throws Exception {
        String reporter = Tokens.reporter(Fixtures.commune());
        String incident = Fixtures.incidentFiledBy(reporter);
        Api.as(reporter).body(Map.of("title", "đổi tiêu đề")).patch("/api/v1/incidents/" + incident).then()
                .statusCode(200);

        JsonPath verification = verify();
        assertTrue(verification.getBoolean("valid"), verification.prettify());
        assertEquals(0, verification.getLong("unsealed"));
        assertEquals(verification.getLong("entries"), verification.getLong("sealedThrough"));
        assertEquals(Sql.count(db, "SELECT count(*) FROM audit_entry"), verification.getLong("entries"));
        assertEquals(verification.getLong("entries"), Sql.count(db, "SELECT max(position) FROM audit_seal"));
        assertNull(verification.get("firstBroken"));

        // each hash is exactly hex(SHA-256(previous hash || canonical form)), linked to the position before
        for (AuditRecord entry : audit.history("INCIDENT", incident, PageRequest.of("10", null)).items()) {
            long position = Sql.count(db, "SELECT position FROM audit_seal WHERE entry_id = ?", entry.id());
            String previous = position == 1 ? ChainHash.GENESIS
                    : text("SELECT hash FROM audit_seal WHERE position = ?", position - 1);
            assertEquals(previous, text("SELECT previous_hash FROM audit_seal WHERE position = ?", position));
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((previous + CanonicalForm.of(entry)).getBytes(StandardCharsets.UTF_8)));
            assertEquals(expected, text("SELECT hash FROM audit_seal WHERE position = ?", position));
        }
    }

    @Test
    void anEntryEditedInTheDatabaseIsTheFirstBrokenEntry() throws Exception {
        Sealed sealed = twoSealedEntries();
        String actor = text("SELECT actor FROM audit_entry WHERE id = ?", sealed.entryId());
        try {
            tamper("audit_entry", "UPDATE audit_entry SET actor = 'mallory' WHERE id = ?", sealed.entryId());

            JsonPath verification = verify();
            assertFalse(verification.getBoolean("valid"));
            assertEquals(sealed.position() - 1, verification.getLong("entries"));
            assertEquals(sealed.position(), verification.getLong("firstBroken.position"));
            assertEquals(sealed.entryId(), verification.getLong("firstBroken.entryId"));
            assertEquals("CONTENT_CHANGED", verification.getString("firstBroken.reason"));
        } finally {
            tamper("audit_entry", "UPDATE audit_entry SET actor = ? WHERE id = ?", actor, sealed.entryId());
        }
        assertValid();
    }

    @Test
    void editedChangesAreFoundToo() throws Exception {
        Sealed sealed = twoSealedEntries();
        String changes = text("SELECT changes::text FROM audit_entry WHERE id = ?", sealed.entryId());
        try {
            // a key the service never writes: the entry no longer reads as field changes
            tamper("audit_entry", "UPDATE audit_entry SET changes = jsonb_set(changes, '{0,note}', '\"ok\"')"
                    + " WHERE id = ?", sealed.entryId());
            assertBrokenAt(sealed, "CONTENT_CHANGED");
        } finally {
            tamper("audit_entry", "UPDATE audit_entry SET changes = ?::jsonb WHERE id = ?", changes, sealed.entryId());
        }
        assertValid();
    }

    @Test
    void anEditedHashOrLinkIsFound() throws Exception {
        Sealed sealed = twoSealedEntries();
        String hash = text("SELECT hash FROM audit_seal WHERE position = ?", sealed.position());
        String forged = "f".repeat(64);
        try {
            tamper("audit_seal", "UPDATE audit_seal SET hash = ? WHERE position = ?", forged, sealed.position());
            assertBrokenAt(sealed, "HASH_CHANGED");
        } finally {
            tamper("audit_seal", "UPDATE audit_seal SET hash = ? WHERE position = ?", hash, sealed.position());
        }
        assertValid();

        long next = sealed.position() + 1;
        try {
            tamper("audit_seal", "UPDATE audit_seal SET previous_hash = ? WHERE position = ?", forged, next);
            JsonPath verification = verify();
            assertFalse(verification.getBoolean("valid"));
            assertEquals(next, verification.getLong("firstBroken.position"));
            assertEquals("LINK_BROKEN", verification.getString("firstBroken.reason"));
        } finally {
            tamper("audit_seal", "UPDATE audit_seal SET previous_hash = ? WHERE position = ?", hash, next);
        }
        assertValid();
    }

    @Test
    void aDeletedSealIsFound() throws Exception {
        Sealed sealed = twoSealedEntries();
        String previous = text("SELECT previous_hash FROM audit_seal WHERE position = ?", sealed.position());
        String hash = text("SELECT hash FROM audit_seal WHERE position = ?", sealed.position());
        String sealedAt = text("SELECT sealed_at::text FROM audit_seal WHERE position = ?", sealed.position());
        try {
            tamper("audit_seal", "DELETE FROM audit_seal WHERE position = ?", sealed.position());

            JsonPath verification = verify();
            assertFalse(verification.getBoolean("valid"));
            assertEquals(sealed.position(), verification.getLong("firstBroken.position"));
            assertEquals("SEAL_MISSING", verification.getString("firstBroken.reason"));
            assertEquals(sealed.position() - 1, verification.getLong("entries"));
        } finally {
            Sql.execute(db, "INSERT INTO audit_seal (position, entry_id, previous_hash, hash, sealed_at)"
                    + " VALUES (?, ?, ?, ?, ?::timestamptz)", sealed.position(), sealed.entryId(), previous, hash,
                    sealedAt);
        }
        assertValid();
    }

    @Test
    void aDeletedEntryIsFound() throws Exception {
        Sealed sealed = twoSealedEntries();
        Object[] row = entryRow(sealed.entryId());
        try {
            tamper("audit_entry", "DELETE FROM audit_entry WHERE id = ?", sealed.entryId());
            assertBrokenAt(sealed, "ENTRY_MISSING");
        } finally {
            // the insert queues the entry again: the sealer must not seal it a second time
            Sql.execute(db, "INSERT INTO audit_entry (id, occurred_at, actor, entity_type, entity_id, action, changes,"
                    + " request_id) VALUES (?, ?::timestamptz, ?, ?, ?, ?, ?::jsonb, ?)", row);
        }
        assertValid();
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_seal WHERE entry_id = ?", sealed.entryId()));
    }

    @Test
    void anEntryTakenOutOfTheQueueIsFound() throws Exception {
        String unit = Fixtures.commune();
        long entryId = Sql.count(db, "SELECT id FROM audit_entry WHERE entity_type = 'UNIT' AND entity_id = ?", unit);
        assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_unsealed WHERE entry_id = ?", entryId));
        try {
            Sql.execute(db, "DELETE FROM audit_unsealed WHERE entry_id = ?", entryId);
            JsonPath verification = verify();
            assertFalse(verification.getBoolean("valid"));
            assertEquals(entryId, verification.getLong("firstBroken.entryId"));
            assertNull(verification.get("firstBroken.position"));
            assertEquals("NOT_IN_CHAIN", verification.getString("firstBroken.reason"));
            assertEquals(1, verification.getLong("unsealed"));
        } finally {
            Sql.execute(db, "INSERT INTO audit_unsealed (entry_id) VALUES (?)", entryId);
        }
        assertValid();
    }

    @Test
    void sealsAreAppendOnlyInTheDatabase() {
        twoSealedEntries();
        SQLException update = assertThrows(SQLException.class, () -> Sql.execute(db,
                "UPDATE audit_seal SET hash = hash WHERE position = 1"));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertThrows(SQLException.class, () -> Sql.execute(db, "DELETE FROM audit_seal WHERE position = 1"));
        assertThrows(SQLException.class, () -> Sql.execute(db, "TRUNCATE audit_seal"));
    }

    @Test
    void anEntryCommittedAfterLaterOnesWereSealedIsSealedLater() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        String key = Fixtures.uniqueCode("LATE");
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // a slow transaction takes its id first and commits last
            Future<Long> late = pool.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                AuditEntry entry = audit.record("test-late", "TEST", key, "PROBE", new Changes().field("n", null, 1));
                audit.flush();
                written.countDown();
                assertTrue(release.await(30, TimeUnit.SECONDS));
                return entry.id;
            }));
            assertTrue(written.await(30, TimeUnit.SECONDS));
            long early = QuarkusTransaction.requiringNew().call(() -> audit.record("test-early", "TEST", key,
                    "PROBE", new Changes().field("n", null, 2)).id);
            sealer.sealPending();
            long earlyPosition = Sql.count(db, "SELECT position FROM audit_seal WHERE entry_id = ?", early);

            release.countDown();
            long lateId = late.get(30, TimeUnit.SECONDS);
            assertTrue(lateId < early, "the late entry has the lower id");
            assertEquals(0, Sql.count(db, "SELECT count(*) FROM audit_seal WHERE entry_id = ?", lateId));

            sealer.sealPending();
            assertTrue(Sql.count(db, "SELECT position FROM audit_seal WHERE entry_id = ?", lateId) > earlyPosition);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertValid();
    }

    @Test
    void concurrentWritersAndSealersSealEveryEntryOnceInOneSequence() throws Exception {
        int writers = 4;
        int unitsEach = 5;
        ExecutorService pool = Executors.newFixedThreadPool(writers + 3);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<List<String>>> written = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                written.add(pool.submit(() -> {
                    List<String> units = new ArrayList<>();
                    for (int i = 0; i < unitsEach; i++) {
                        units.add(Fixtures.commune());
                    }
                    return units;
                }));
            }
            List<Future<Integer>> sealers = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                sealers.add(pool.submit(() -> {
                    int sealedHere = 0;
                    while (writing.get()) {
                        sealedHere += sealer.sealPending();
                        Thread.sleep(2);
                    }
                    return sealedHere;
                }));
            }
            List<String> units = new ArrayList<>();
            for (Future<List<String>> writer : written) {
                units.addAll(writer.get(120, TimeUnit.SECONDS));
            }
            writing.set(false);
            for (Future<Integer> running : sealers) {
                running.get(60, TimeUnit.SECONDS);
            }
            sealer.sealPending();

            for (String unit : units) {
                assertEquals(1, Sql.count(db, "SELECT count(*) FROM audit_seal s JOIN audit_entry e ON e.id = s.entry_id"
                        + " WHERE e.entity_type = 'UNIT' AND e.entity_id = ?", unit), unit);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
        assertEquals(0, Sql.count(db, "SELECT count(*) FROM audit_entry e"
                + " WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)"));
        assertEquals(Sql.count(db, "SELECT count(*) FROM audit_seal"), Sql.count(db, "SELECT max(position) FROM audit_seal"));
        assertEquals(Sql.count(db, "SELECT count(*) FROM audit_seal"),
                Sql.count(db, "SELECT count(DISTINCT entry_id) FROM audit_seal"));
        assertValid();
    }

    @Test
    void entriesShowTheirSealOnceSealed() {
        String unit = Fixtures.commune();
        String auditor = Tokens.auditor();
        Api.as(auditor).queryParam("entityType", "UNIT").queryParam("entityId", unit).get("/api/v1/audit").then()
                .statusCode(200).body("items.size()", equalTo(1)).body("items[0].chainPosition", nullValue())
                .body("items[0].chainHash", nullValue());
        sealer.sealPending();
        long entryId = Sql.count(db, "SELECT id FROM audit_entry WHERE entity_type = 'UNIT' AND entity_id = ?", unit);
        JsonPath page = Api.as(auditor).queryParam("entityId", unit).get("/api/v1/audit").then().statusCode(200)
                .extract().jsonPath();
        assertEquals(Sql.count(db, "SELECT position FROM audit_seal WHERE entry_id = ?", entryId),
                page.getLong("items[0].chainPosition"));
        assertNotNull(page.getString("items[0].chainHash"));
        assertEquals(64, page.getString("items[0].chainHash").length());
    }

    /** An entry sealed in the middle of the chain (another one sealed after it), for tampering. */
    private record Sealed(long entryId, long position) {
    }

    private Sealed twoSealedEntries() {
        String unit = Fixtures.commune();
        Fixtures.commune();
        sealer.sealPending();
        long entryId = Sql.count(db, "SELECT id FROM audit_entry WHERE entity_type = 'UNIT' AND entity_id = ?", unit);
        long position = Sql.count(db, "SELECT position FROM audit_seal WHERE entry_id = ?", entryId);
        assertTrue(position < Sql.count(db, "SELECT max(position) FROM audit_seal"), "not the head");
        return new Sealed(entryId, position);
    }

    private static JsonPath verify() {
        String auditor = Tokens.auditor();
        // a new caller enters the people directory (an audit entry) after its first answer: let that be this one,
        // so that nothing is written between the verification and the counts the tests compare it with
        Api.as(auditor).get("/api/v1/regimes").then().statusCode(200);
        return Api.as(auditor).get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    private static void assertValid() {
        JsonPath verification = verify();
        assertTrue(verification.getBoolean("valid"), verification.prettify());
        assertEquals(0, verification.getLong("unsealed"));
    }

    private static void assertBrokenAt(Sealed sealed, String reason) {
        JsonPath verification = verify();
        assertFalse(verification.getBoolean("valid"));
        assertEquals(sealed.position(), verification.getLong("firstBroken.position"));
        assertEquals(sealed.entryId(), verification.getLong("firstBroken.entryId"));
        assertEquals(reason, verification.getString("firstBroken.reason"));
    }

    /**
     * Edits an append-only table behind the service's back: in one transaction, its refusing trigger off,
     * the change, the trigger on again (so it is never off for anyone else).
     */
    private void tamper(String table, String sql, Object... params) throws SQLException {
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement ddl = connection.createStatement();
                    PreparedStatement change = connection.prepareStatement(sql)) {
                ddl.execute("ALTER TABLE " + table + " DISABLE TRIGGER " + table + "_no_update_delete");
                for (int i = 0; i < params.length; i++) {
                    change.setObject(i + 1, params[i]);
                }
                assertEquals(1, change.executeUpdate(), sql);
                ddl.execute("ALTER TABLE " + table + " ENABLE TRIGGER " + table + "_no_update_delete");
                connection.commit();
            } catch (SQLException | RuntimeException | AssertionError e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private Object[] entryRow(long id) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT id, occurred_at::text, actor, entity_type,"
                        + " entity_id, action, changes::text, request_id FROM audit_entry WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                Object[] values = new Object[8];
                for (int i = 0; i < 8; i++) {
                    values[i] = row.getObject(i + 1);
                }
                return values;
            }
        }
    }

    private String text(String sql, Object... params) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                query.setObject(i + 1, params[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), sql);
                return row.getString(1);
            }
        }
    }
}
