package vn.ungcuu.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The link of the tamper-evidence chain: {@code hash = hex(SHA-256(ascii(previousHash) || utf8(canonical)))},
 * lower-case hex, where {@code previousHash} is the hash at the position before (64 zeros before the
 * first) and {@code canonical} is {@link CanonicalForm#of(AuditRecord)} of the entry.
 */
public final class ChainHash {

    /** The previous hash of position 1. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    public static String of(String previousHash, AuditRecord entry) {
        return of(previousHash, CanonicalForm.of(entry));
    }

    public static String of(String previousHash, String canonical) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
