package vn.ungcuu.audit;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import vn.ungcuu.clock.TimeSource;

/**
 * Seals committed audit entries into the hash chain, in the background and from one instance at a time
 * (transaction-level advisory lock), so that writers never wait on the chain: an entry is written with
 * its change and queued by a trigger in the same transaction; the sealer takes queued entries in id
 * order, gives each the next position and {@code hash = SHA-256(previous hash || canonical form)}, and
 * removes them from the queue in the same transaction. An entry that commits late (a lower id than
 * entries already sealed) is simply sealed at a later position.
 */
@ApplicationScoped
public class AuditSealer {

    static final String LOCK = "SELECT pg_try_advisory_xact_lock(hashtext('audit-chain-sealer'))";

    @Inject
    EntityManager em;

    @Inject
    AuditConfig config;

    @Inject
    TimeSource time;

    @Scheduled(every = "${ungcuu.audit.seal-every:1s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        int sealed = sealPending();
        if (sealed > 0) {
            Log.debugf("audit chain: %d entries sealed", sealed);
        }
    }

    /**
     * Seals every entry queued now, one transaction per batch; returns how many this call sealed (0 when
     * another instance or thread is sealing at the moment: it will seal them).
     */
    public int sealPending() {
        int total = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew()
                    .call(() -> em.unwrap(Session.class).doReturningWork(this::sealBatch));
            total += batch.sealed();
            if (!batch.full()) {
                return total;
            }
        }
    }

    /** What one batch did: entries sealed, and whether the queue may hold more. */
    record Batch(int sealed, boolean full) {
    }

    private Batch sealBatch(Connection connection) throws SQLException {
        int size = config.sealBatchSize();
        try (Statement statement = connection.createStatement(); ResultSet lock = statement.executeQuery(LOCK)) {
            lock.next();
            if (!lock.getBoolean(1)) {
                return new Batch(0, false);
            }
        }
        long position = 0;
        String previous = ChainHash.GENESIS;
        try (Statement statement = connection.createStatement();
                ResultSet head = statement.executeQuery(
                        "SELECT position, hash FROM audit_seal ORDER BY position DESC LIMIT 1")) {
            if (head.next()) {
                position = head.getLong(1);
                previous = head.getString(2);
            }
        }
        List<Long> taken = new ArrayList<>();
        int sealed = 0;
        OffsetDateTime now = OffsetDateTime.ofInstant(time.now(), ZoneOffset.UTC);
        try (PreparedStatement queue = connection.prepareStatement("SELECT q.entry_id,"
                + " EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = q.entry_id), " + AuditRows.COLUMNS
                + " FROM audit_unsealed q LEFT JOIN audit_entry e ON e.id = q.entry_id"
                + " ORDER BY q.entry_id LIMIT ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_seal"
                        + " (position, entry_id, previous_hash, hash, sealed_at) VALUES (?, ?, ?, ?, ?)")) {
            queue.setInt(1, size);
            try (ResultSet rows = queue.executeQuery()) {
                while (rows.next()) {
                    long entryId = rows.getLong(1);
                    taken.add(entryId);
                    if (rows.getBoolean(2)) {
                        continue; // queued again after sealing: the chain holds it once already
                    }
                    if (rows.getObject(3) == null) {
                        Log.warnf("audit chain: queued entry %d does not exist; dropped from the queue", entryId);
                        continue;
                    }
                    String hash = ChainHash.of(previous, AuditRows.canonical(rows, 3));
                    position++;
                    insert.setLong(1, position);
                    insert.setLong(2, entryId);
                    insert.setString(3, previous);
                    insert.setString(4, hash);
                    insert.setObject(5, now);
                    insert.addBatch();
                    previous = hash;
                    sealed++;
                }
            }
            if (sealed > 0) {
                insert.executeBatch();
            }
        }
        if (!taken.isEmpty()) {
            try (PreparedStatement dequeue = connection.prepareStatement(
                    "DELETE FROM audit_unsealed WHERE entry_id = ANY (?)")) {
                dequeue.setArray(1, connection.createArrayOf("bigint", taken.toArray(new Long[0])));
                dequeue.executeUpdate();
            }
        }
        return new Batch(sealed, taken.size() == size);
    }
}
