package vn.ungcuu.playbook;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Category;

/**
 * Stores the shipped default playbooks (one per category, in Vietnamese, after the steps of Circular
 * 20/2017/TT-BTTTT) at start. Each default has a fixed id and is inserted with {@code ON CONFLICT DO
 * NOTHING}: a default already stored is never rewritten (edits made through the API survive restarts),
 * and instances starting together store each default once. A default is also skipped when its category
 * already has another active playbook.
 */
@ApplicationScoped
public class DefaultPlaybooks {

    static final String SYSTEM_ACTOR = AuditLog.SYSTEM_ACTOR;

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The shipped file: a note on its sources and the playbooks. */
    record Document(String note, List<Default> playbooks) {
    }

    record Default(UUID id, Category category, String name, List<PlaybookStep> steps) {
    }

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    TimeSource time;

    @Inject
    PlaybookConfig config;

    void onStart(@Observes StartupEvent start) {
        int stored = load();
        Log.infof("default playbooks: %d stored now", stored);
    }

    /** Stores the defaults not stored yet; returns how many this call stored. */
    @Transactional
    public int load() {
        Document document = parse(readResource(config.defaultsResource()));
        Instant now = time.now();
        int stored = 0;
        for (Default playbook : document.playbooks()) {
            String steps = Steps.write(playbook.steps());
            // one statement: the version row exists exactly when the playbook row was inserted
            List<?> inserted = em.createNativeQuery("WITH inserted AS ("
                            + " INSERT INTO playbook (id, category, name, steps, active, version, created_at, created_by,"
                            + " updated_at, updated_by) VALUES (?1, ?2, ?3, CAST(?4 AS jsonb), true, 1, ?5, ?6, ?5, ?6)"
                            + " ON CONFLICT DO NOTHING RETURNING id, category, name, steps, active, version)"
                            + " INSERT INTO playbook_version (playbook_id, version, category, name, steps, active,"
                            + " created_at, created_by) SELECT id, version, category, name, steps, active, ?5, ?6"
                            + " FROM inserted RETURNING playbook_id")
                    .setParameter(1, playbook.id()).setParameter(2, playbook.category().name())
                    .setParameter(3, playbook.name()).setParameter(4, steps).setParameter(5, now)
                    .setParameter(6, SYSTEM_ACTOR)
                    .getResultList();
            if (!inserted.isEmpty()) {
                Playbook created = new Playbook();
                created.category = playbook.category();
                created.name = playbook.name();
                created.active = true;
                created.version = 1;
                audit.record(SYSTEM_ACTOR, Playbook.AUDIT_TYPE, playbook.id().toString(), "CREATE",
                        PlaybookService.creation(created, playbook.steps()), now);
                Log.infof("default playbook %s stored for %s", playbook.id(), playbook.category());
                stored++;
            }
        }
        return stored;
    }

    static Document parse(String json) {
        Document document;
        try {
            document = JSON.readValue(json, Document.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("default playbooks unreadable: " + e.getOriginalMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        if (document.playbooks() == null) {
            throw new IllegalStateException("default playbooks: no \"playbooks\" list");
        }
        Set<UUID> ids = new HashSet<>();
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (Default playbook : document.playbooks()) {
            if (playbook.id() == null || !ids.add(playbook.id())) {
                problems.add("missing or repeated id " + playbook.id());
            }
            if (playbook.category() == null || !categories.add(playbook.category())) {
                problems.add("missing or repeated category " + playbook.category());
            }
            if (playbook.name() == null || playbook.name().isBlank() || playbook.name().length() > 200) {
                problems.add(playbook.category() + ": name must be 1-200 characters");
            }
            for (FieldError error : Steps.problems(playbook.steps())) {
                problems.add(playbook.category() + ": " + error.field() + " " + error.message());
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("default playbooks invalid: " + String.join("; ", problems));
        }
        if (!categories.containsAll(EnumSet.allOf(Category.class))) {
            Log.warnf("default playbooks: no default for %s", EnumSet.complementOf(EnumSet.copyOf(categories)));
        }
        return document;
    }

    private static String readResource(String resource) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("default playbooks resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
