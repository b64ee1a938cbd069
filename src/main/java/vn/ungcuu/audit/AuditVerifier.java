package vn.ungcuu.audit;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.Session;
import vn.ungcuu.audit.ChainVerification.BrokenLink;
import vn.ungcuu.audit.ChainVerification.Reason;

/**
 * Recomputes the hash chain from the entries' current content, in position order and in chunks (no
 * transaction is held open and no more than a chunk is in memory), and reports the first break. Then
 * checks that every entry outside the chain is still queued for the sealer, which finds a seal removed
 * from the chain's end.
 */
@ApplicationScoped
public class AuditVerifier {

    static final int CHUNK = 1000;

    @Inject
    EntityManager em;

    @Inject
    AuditSealer sealer;

    /** Seals what is pending (unless another instance is sealing right now), then verifies the chain. */
    public ChainVerification verify() {
        sealer.sealPending();
        ChainVerification verification = em.unwrap(Session.class).doReturningWork(this::verify);
        if (!verification.valid()) {
            BrokenLink broken = verification.firstBroken();
            Log.warnf("audit chain broken at position %s, entry %s: %s", broken.position(), broken.entryId(),
                    broken.reason());
        }
        return verification;
    }

    private ChainVerification verify(Connection connection) throws SQLException {
        long intact = 0;
        String previous = ChainHash.GENESIS;
        BrokenLink broken = null;
        try (PreparedStatement chunk = connection.prepareStatement("SELECT s.position, s.entry_id, s.previous_hash,"
                + " s.hash, " + AuditRows.COLUMNS + " FROM audit_seal s LEFT JOIN audit_entry e ON e.id = s.entry_id"
                + " WHERE s.position > ? ORDER BY s.position LIMIT " + CHUNK)) {
            boolean more = true;
            while (more && broken == null) {
                chunk.setLong(1, intact);
                int read = 0;
                try (ResultSet rows = chunk.executeQuery()) {
                    while (broken == null && rows.next()) {
                        read++;
                        broken = check(connection, rows, intact + 1, previous);
                        if (broken == null) {
                            intact++;
                            previous = rows.getString(4);
                        }
                    }
                }
                more = read == CHUNK;
            }
        }
        long sealedThrough = intact;
        String headHash = intact == 0 ? null : previous;
        if (broken != null) {
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT position, hash FROM audit_seal ORDER BY position DESC LIMIT 1");
                    ResultSet row = head.executeQuery()) {
                if (row.next()) {
                    sealedThrough = row.getLong(1);
                    headHash = row.getString(2);
                }
            }
        }
        long unsealed;
        // one statement, so one snapshot: the sealer queues and unqueues in the same transactions
        try (PreparedStatement outside = connection.prepareStatement("SELECT count(*),"
                + " min(e.id) FILTER (WHERE q.entry_id IS NULL)"
                + " FROM audit_entry e LEFT JOIN audit_unsealed q ON q.entry_id = e.id"
                + " WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id)");
                ResultSet row = outside.executeQuery()) {
            row.next();
            unsealed = row.getLong(1);
            long orphan = row.getLong(2);
            if (broken == null && !row.wasNull()) {
                broken = new BrokenLink(null, orphan, Reason.NOT_IN_CHAIN,
                        "The entry is neither in the chain nor waiting to be sealed: its seal or queue row was removed");
            }
        }
        if (broken == null) {
            return ChainVerification.intact(intact, unsealed, headHash);
        }
        return new ChainVerification(false, intact, sealedThrough, unsealed, headHash, broken);
    }

    /** The break at this row, or null when it recomputes and links to the position before. */
    private static BrokenLink check(Connection connection, ResultSet row, long expected, String previous)
            throws SQLException {
        long position = row.getLong(1);
        long entryId = row.getLong(2);
        String stored = row.getString(4);
        if (position != expected) {
            return new BrokenLink(expected, null, Reason.SEAL_MISSING,
                    "Position " + expected + " has no seal: the chain jumps to position " + position);
        }
        if (!previous.equals(row.getString(3))) {
            return new BrokenLink(position, entryId, Reason.LINK_BROKEN,
                    "The seal's previous hash is not the hash of position " + (position - 1));
        }
        if (row.getObject(5) == null) {
            return new BrokenLink(position, entryId, Reason.ENTRY_MISSING, "The sealed entry no longer exists");
        }
        String recomputed = ChainHash.of(previous, AuditRows.canonical(row, 5));
        if (recomputed.equals(stored)) {
            return null;
        }
        // the next seal's link tells an edited entry (it still names the stored hash) from an edited hash
        String next = nextPreviousHash(connection, position);
        if (stored.equals(next)) {
            return new BrokenLink(position, entryId, Reason.CONTENT_CHANGED,
                    "The entry's content differs from what was sealed");
        }
        if (recomputed.equals(next)) {
            return new BrokenLink(position, entryId, Reason.HASH_CHANGED,
                    "The seal's hash was changed; the entry still matches the chain");
        }
        return new BrokenLink(position, entryId, Reason.HASH_MISMATCH,
                "The entry no longer hashes to its seal (the entry or the hash was changed)");
    }

    private static String nextPreviousHash(Connection connection, long position) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT previous_hash FROM audit_seal WHERE position = ?")) {
            next.setLong(1, position + 1);
            try (ResultSet row = next.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
