package vn.ungcuu.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;

/**
 * {@code Idempotency-Key} for creates. The key is claimed in the same transaction as the create, so a
 * concurrent retry waits on the claim and then replays the committed answer; a failed create releases
 * the key with its rollback. Keys belong to one caller and one operation.
 */
@ApplicationScoped
public class IdempotencyStore {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    /** A stored answer to replay. */
    public record StoredResponse(int status, String location, String body, EntityTag etag) {
    }

    /**
     * Runs a create at most once per caller, operation and key: the first request creates and its answer
     * is stored in the same transaction; a retry of the same request replays that answer and creates
     * nothing. Without a key, it simply creates.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CreatedAnswer createOnce(String caller, String operation, String key, Supplier<String> requestFingerprint,
            Supplier<CreatedAnswer> create) {
        if (key == null) {
            return create.get();
        }
        Optional<StoredResponse> stored = claim(caller, operation, key, requestFingerprint.get());
        if (stored.isPresent()) {
            return new CreatedAnswer(stored.get().location(), stored.get().body(), stored.get().etag(), true);
        }
        CreatedAnswer answer = create.get();
        complete(caller, operation, key, Response.Status.CREATED.getStatusCode(), answer);
        return answer;
    }

    public static void checkKey(String key) {
        if (key != null && !VALID_KEY.matcher(key).matches()) {
            throw ApiException.invalid(HEADER, "must be 1-200 visible ASCII characters");
        }
    }

    /**
     * Claims the key for this request, or returns the answer stored by the first request that used it.
     * The same key with a different request is a 422.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<StoredResponse> claim(String caller, String operation, String key, String requestFingerprint) {
        Instant now = time.now();
        String hash = sha256(requestFingerprint);
        em.createNativeQuery("DELETE FROM idempotency_key WHERE caller = ?1 AND operation = ?2"
                        + " AND idempotency_key = ?3 AND created_at < ?4")
                .setParameter(1, caller).setParameter(2, operation).setParameter(3, key)
                .setParameter(4, now.minus(config.idempotency().retention()))
                .executeUpdate();
        int claimed = em.createNativeQuery("INSERT INTO idempotency_key (caller, operation, idempotency_key,"
                        + " request_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                .setParameter(1, caller).setParameter(2, operation).setParameter(3, key)
                .setParameter(4, hash).setParameter(5, now)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT request_hash, response_status, response_location,"
                        + " response_body, response_etag FROM idempotency_key WHERE caller = ?1 AND operation = ?2"
                        + " AND idempotency_key = ?3")
                .setParameter(1, caller).setParameter(2, operation).setParameter(3, key)
                .getResultList();
        if (rows.isEmpty()) {
            // the other claim was rolled back between our two statements: claim again
            return claim(caller, operation, key, requestFingerprint);
        }
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ApiException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used with a different request body");
        }
        EntityTag etag = row[4] == null ? null : EntityTag.valueOf((String) row[4]);
        return Optional.of(new StoredResponse(((Number) row[1]).intValue(), (String) row[2], (String) row[3], etag));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void complete(String caller, String operation, String key, int status, CreatedAnswer answer) {
        em.createNativeQuery("UPDATE idempotency_key SET response_status = ?4, response_location = ?5,"
                        + " response_body = ?6, response_etag = ?7"
                        + " WHERE caller = ?1 AND operation = ?2 AND idempotency_key = ?3")
                .setParameter(1, caller).setParameter(2, operation).setParameter(3, key)
                .setParameter(4, status).setParameter(5, answer.location()).setParameter(6, answer.body())
                .setParameter(7, answer.etag() == null ? null : answer.etag().toString())
                .executeUpdate();
    }

    /** Forgets keys past their retention; safe to run on every instance at once. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purgeExpired() {
        int purged = em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < ?1")
                .setParameter(1, time.now().minus(config.idempotency().retention()))
                .executeUpdate();
        if (purged > 0) {
            Log.infof("purged %d expired idempotency keys", purged);
        }
    }

    /** Canonical JSON of a request: keys sorted at every depth, times as text, so key order is moot. */
    private static final ObjectMapper FINGERPRINT = new ObjectMapper()
            .findAndRegisterModules()
            .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true)
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, false);

    /**
     * The fingerprint of a JSON request body for {@link #createOnce}, with what the path or the caller adds to
     * it (the incident it is for, the unit it is filed under) as one more field.
     */
    public static String fingerprint(Object body, String scopeField, String scopeValue) {
        try {
            ObjectNode tree = FINGERPRINT.valueToTree(body);
            tree.put(scopeField, scopeValue);
            return FINGERPRINT.writeValueAsString(FINGERPRINT.treeToValue(tree, TreeMap.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
