package vn.ungcuu.regime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.DataFiles;
import vn.ungcuu.config.UngCuuConfig;
import vn.ungcuu.persistence.VersionedRows;

/**
 * The regimes as stored: each shipped file is stored at start unless its version is there already, and a
 * version already stored with other content stops the start (a changed rule needs a new version number).
 * The regime of an incident is the one in force on the local day it was detected.
 */
@ApplicationScoped
public class RegimeStore {

    static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true).build();

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    private final Map<String, Regime> byVersion = new ConcurrentHashMap<>();
    private volatile InForce inForce;

    @Transactional
    void load(@Observes StartupEvent start) {
        inForce = InForce.parse(config.regimes().inForce().orElse(List.of()));
        for (String file : config.regimes().files()) {
            store(file, read(file));
        }
        inForce.requireKnown(latest().stream().map(Regime::id).toList());
    }

    /**
     * Stores a regime file's version once. The same version stored with other content is refused: the
     * stored one stays, and the service does not start on a file that says otherwise.
     */
    @Transactional
    public Regime store(String source, String json) {
        Regime regime = parse(source, json);
        if (rows().storeOnce(regime.id(), regime.version(), json, source, time.now())) {
            Log.infof("regime %s version %d stored from %s", regime.id(), regime.version(), source);
        }
        return regime;
    }

    /** The latest version of every regime, earliest in force first. */
    public List<Regime> latest() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, max(version) FROM regime_version GROUP BY id")
                .getResultList();
        return rows.stream().map(row -> version((String) row[0], ((Number) row[1]).intValue()).orElseThrow())
                .sorted(Comparator.comparing(Regime::inForceFrom)).toList();
    }

    /** A stored version, with the dates in force. */
    public Optional<Regime> version(String id, int version) {
        String key = id + "@" + version;
        Regime cached = byVersion.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Regime> stored = document(id, version).map(json -> inForce.applyTo(parse("regime_version " + key, json)));
        stored.ifPresent(regime -> byVersion.put(key, regime));
        return stored;
    }

    public Optional<Regime> latest(String id) {
        return latest().stream().filter(regime -> regime.id().equals(id)).findFirst();
    }

    /** The stored version numbers of a regime, oldest first. */
    public List<Integer> versions(String id) {
        @SuppressWarnings("unchecked")
        List<Number> versions = em.createNativeQuery("SELECT version FROM regime_version WHERE id = ?1 ORDER BY version")
                .setParameter(1, id).getResultList();
        return versions.stream().map(Number::intValue).toList();
    }

    /**
     * The regime in force on the local day {@code detectedAt} falls on: the latest-starting one whose dates
     * hold that day; before every regime, the earliest.
     */
    public Regime inForceAt(Instant detectedAt) {
        LocalDate day = detectedAt.atZone(config.timeZone()).toLocalDate();
        List<Regime> regimes = latest();
        return regimes.stream().filter(regime -> holds(regime, day)).reduce((first, later) -> later)
                .orElse(regimes.get(0));
    }

    static boolean holds(Regime regime, LocalDate day) {
        return !day.isBefore(regime.inForceFrom()) && (regime.inForceTo() == null || day.isBefore(regime.inForceTo()));
    }

    private Optional<String> document(String id, int version) {
        return rows().document(id, version);
    }

    private VersionedRows rows() {
        return new VersionedRows(em, "regime_version", "regime");
    }

    static Regime parse(String source, String json) {
        try {
            return JSON.readValue(json, Regime.class).check();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(source + ": not a regime: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + ": " + e.getMessage(), e);
        }
    }

    static String read(String file) {
        return DataFiles.read(file, "ungcuu.regimes.files");
    }
}
