package vn.ungcuu.triage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.severity.Criteria;

/**
 * The severity criteria as data. The resource shipped with the service is stored at start unless its
 * version is already there; a stored version is never rewritten, so past assessments keep meaning what
 * they meant. The criteria in force are the highest stored version.
 */
@ApplicationScoped
public class CriteriaStore {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    private final Map<Integer, Criteria> byVersion = new ConcurrentHashMap<>();

    @Transactional
    void load(@Observes StartupEvent start) {
        String shipped = readResource(config.severity().criteriaResource());
        Criteria criteria = parse(shipped);
        int inserted = em.createNativeQuery("INSERT INTO severity_criteria (version, document, loaded_at)"
                        + " VALUES (?1, CAST(?2 AS jsonb), ?3) ON CONFLICT (version) DO NOTHING")
                .setParameter(1, criteria.version()).setParameter(2, shipped).setParameter(3, time.now())
                .executeUpdate();
        if (inserted == 1) {
            Log.infof("severity criteria version %d stored", criteria.version());
        } else if (!criteria.equals(version(criteria.version()))) {
            Log.warnf("severity criteria version %d differs from the stored one; the stored one stays in force "
                    + "(give changed criteria a new version number)", criteria.version());
        }
    }

    /** The criteria in force: the highest stored version. */
    public Criteria current() {
        return version(latestVersion());
    }

    /** The criteria in force exactly as stored (JSON), for clients to read. */
    public String currentDocument() {
        return (String) em.createNativeQuery("SELECT CAST(document AS text) FROM severity_criteria WHERE version = ?1")
                .setParameter(1, latestVersion()).getSingleResult();
    }

    private int latestVersion() {
        return ((Number) em.createNativeQuery("SELECT max(version) FROM severity_criteria").getSingleResult())
                .intValue();
    }

    public Criteria version(int version) {
        return byVersion.computeIfAbsent(version, v -> parse((String) em.createNativeQuery(
                        "SELECT CAST(document AS text) FROM severity_criteria WHERE version = ?1")
                .setParameter(1, v).getSingleResult()));
    }

    private static String readResource(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("severity criteria resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Criteria parse(String json) {
        try {
            return JSON.readValue(json, Criteria.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("severity criteria unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
