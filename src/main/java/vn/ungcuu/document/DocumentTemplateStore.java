package vn.ungcuu.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.config.DataFiles;
import vn.ungcuu.config.UngCuuConfig;

/**
 * The document templates as stored: each configured file is stored at start unless its version is there already;
 * a version stored with other content stops the start (changed wording needs a new version number), as regimes do.
 */
@ApplicationScoped
public class DocumentTemplateStore {

    static final ObjectMapper JSON = JsonMapper.builder()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true).build();

    @Inject
    EntityManager em;

    @Inject
    TimeSource time;

    @Inject
    UngCuuConfig config;

    private final Map<String, DocumentTemplate> byVersion = new ConcurrentHashMap<>();

    @Transactional
    void load(@Observes StartupEvent start) {
        for (String file : config.documents().templates()) {
            store(file, DataFiles.read(file, "ungcuu.documents.templates"));
        }
    }

    @Transactional
    DocumentTemplate store(String source, String json) {
        DocumentTemplate template = parse(source, json);
        int inserted = em.createNativeQuery("INSERT INTO document_template (id, version, document, source, stored_at)"
                        + " VALUES (?1, ?2, CAST(?3 AS jsonb), ?4, ?5) ON CONFLICT (id, version) DO NOTHING")
                .setParameter(1, template.id()).setParameter(2, template.version()).setParameter(3, json)
                .setParameter(4, source).setParameter(5, time.now())
                .executeUpdate();
        if (inserted == 1) {
            Log.infof("document template %s version %d stored from %s", template.id(), template.version(), source);
        } else if (!tree(json).equals(tree(stored(template.id(), template.version()).orElseThrow()))) {
            throw new IllegalStateException(source + ": version " + template.version() + " of document template "
                    + template.id() + " is stored with other content, and a stored version is never rewritten; give "
                    + "the changed wording a new version number in " + source);
        }
        return template;
    }

    /** The latest stored version of the template of a document kind under a regime. */
    public Optional<DocumentTemplate> latest(String regime, String document) {
        String id = regime + "." + document;
        List<?> versions = em.createNativeQuery("SELECT max(version) FROM document_template WHERE id = ?1")
                .setParameter(1, id).getResultList();
        Object latest = versions.isEmpty() ? null : versions.get(0);
        if (latest == null) {
            return Optional.empty();
        }
        int version = ((Number) latest).intValue();
        return Optional.of(byVersion.computeIfAbsent(id + "@" + version,
                key -> parse("document_template " + key, stored(id, version).orElseThrow())));
    }

    private Optional<String> stored(String id, int version) {
        List<?> rows = em.createNativeQuery("SELECT CAST(document AS text) FROM document_template WHERE id = ?1 "
                + "AND version = ?2").setParameter(1, id).setParameter(2, version).getResultList();
        return rows.stream().map(String.class::cast).findFirst();
    }

    static DocumentTemplate parse(String source, String json) {
        DocumentTemplate template;
        try {
            template = JSON.readValue(json, DocumentTemplate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(source + ": not a document template: " + e.getOriginalMessage());
        }
        List<String> faults = template.faults();
        if (!faults.isEmpty()) {
            throw new IllegalStateException(source + ": " + String.join("; ", faults));
        }
        return template;
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable document template JSON", e);
        }
    }
}
