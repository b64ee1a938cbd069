package vn.ungcuu.evidence;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.Session;

/**
 * The bytes of attachments, in PostgreSQL ({@code attachment_content.data}, bytea stored out of line).
 * Neither direction ever holds a whole file in memory: a write streams the spooled upload into the
 * INSERT (PgJDBC sends a stream of known length as it reads it) and hashes it on the way; a read fetches
 * slices of {@value #SLICE} bytes, each with its own short query, so a slow client holds no connection.
 */
@ApplicationScoped
public class EvidenceStore {

    static final int SLICE = 256 * 1024;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** What was stored: the number of bytes and their SHA-256 (lower-case hex). */
    public record Stored(long size, String sha256) {
    }

    /** Streams {@code size} bytes into a new content row, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Stored write(UUID id, InputStream content, long size) {
        MessageDigest sha256 = sha256();
        Counting counted = new Counting(new DigestInputStream(content, sha256));
        // Hibernate's own connection: the row commits or rolls back with the description and the audit
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO attachment_content (id, data) VALUES (?, ?)")) {
                insert.setObject(1, id);
                insert.setBinaryStream(2, counted, size);
                insert.executeUpdate();
            }
        });
        if (counted.count != size) {
            throw new IllegalStateException("attachment " + id + ": stored " + counted.count + " of " + size + " bytes");
        }
        return new Stored(size, HexFormat.of().formatHex(sha256.digest()));
    }

    /**
     * Writes the bytes of an attachment to {@code out}. The last slice is held back until the whole has
     * been hashed: bytes that no longer match their recorded SHA-256 end in an aborted download, never in
     * a complete one.
     */
    public void copy(UUID id, long size, String expectedSha256, OutputStream out) throws IOException {
        MessageDigest sha256 = sha256();
        byte[] last = new byte[0];
        for (long offset = 0; offset < size; offset += SLICE) {
            int length = (int) Math.min(SLICE, size - offset);
            byte[] slice = slice(id, offset, length);
            sha256.update(slice);
            if (offset + length < size) {
                out.write(slice);
            } else {
                last = slice;
            }
        }
        String actual = HexFormat.of().formatHex(sha256.digest());
        if (!actual.equals(expectedSha256)) {
            Log.errorf("attachment %s: stored bytes hash to %s, recorded %s; download aborted", id, actual,
                    expectedSha256);
            throw new IOException("attachment " + id + " does not match its recorded SHA-256");
        }
        out.write(last);
    }

    private byte[] slice(UUID id, long offset, int length) throws IOException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT substring(data FROM ? FOR ?) FROM attachment_content WHERE id = ?")) {
            select.setInt(1, Math.toIntExact(offset + 1));
            select.setInt(2, length);
            select.setObject(3, id);
            try (ResultSet row = select.executeQuery()) {
                byte[] slice = row.next() ? row.getBytes(1) : null;
                if (slice == null || slice.length != length) {
                    throw new IOException("attachment " + id + ": content missing or shorter than recorded");
                }
                return slice;
            }
        } catch (SQLException e) {
            throw new IOException("attachment " + id + ": cannot read its content", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts what PgJDBC actually read, to prove the row holds the whole file. */
    private static final class Counting extends FilterInputStream {

        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
