package vn.ungcuu.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Rule files stored as versions never rewritten (regimes, document templates): a table of (id, version, document
 * jsonb, source, stored_at). Storing a version already there with the same content does nothing; with other
 * content it is refused, so that what was handled under a version keeps its meaning.
 *
 * @param table the table's name (a constant of the caller's, never user input)
 * @param what what a row is, for messages ("regime", "document template")
 */
public record VersionedRows(EntityManager em, String table, String what) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Stores the version once, in the caller's transaction; true when this call stored it. Throws when the version
     * is stored with other content, naming the source file to give a new version number.
     */
    public boolean storeOnce(String id, int version, String json, String source, Instant at) {
        int inserted = em.createNativeQuery("INSERT INTO " + table + " (id, version, document, source, stored_at)"
                        + " VALUES (?1, ?2, CAST(?3 AS jsonb), ?4, ?5) ON CONFLICT (id, version) DO NOTHING")
                .setParameter(1, id).setParameter(2, version).setParameter(3, json).setParameter(4, source)
                .setParameter(5, at).executeUpdate();
        if (inserted == 0 && !tree(json).equals(tree(document(id, version).orElseThrow()))) {
            throw new IllegalStateException(source + ": version " + version + " of " + what + " " + id
                    + " is stored with other content, and a stored version is never rewritten; give the changes a "
                    + "new version number in " + source);
        }
        return inserted == 1;
    }

    /** The stored JSON of a version. */
    public Optional<String> document(String id, int version) {
        List<?> rows = em.createNativeQuery("SELECT CAST(document AS text) FROM " + table
                + " WHERE id = ?1 AND version = ?2").setParameter(1, id).setParameter(2, version).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    /** The highest stored version of an id, if any. */
    public Optional<Integer> latestVersion(String id) {
        List<?> rows = em.createNativeQuery("SELECT max(version) FROM " + table + " WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().filter(row -> row != null).map(row -> ((Number) row).intValue()).findFirst();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }
}
