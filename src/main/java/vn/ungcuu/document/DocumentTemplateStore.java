package vn.ungcuu.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
import vn.ungcuu.persistence.VersionedRows;

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
        if (rows().storeOnce(template.id(), template.version(), json, source, time.now())) {
            Log.infof("document template %s version %d stored from %s", template.id(), template.version(), source);
        }
        return template;
    }

    /** The latest stored version of the template of a document kind under a regime. */
    public Optional<DocumentTemplate> latest(String regime, String document) {
        String id = regime + "." + document;
        return rows().latestVersion(id).map(version -> byVersion.computeIfAbsent(id + "@" + version,
                key -> parse("document_template " + key, rows().document(id, version).orElseThrow())));
    }

    private VersionedRows rows() {
        return new VersionedRows(em, "document_template", "document template");
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
}
