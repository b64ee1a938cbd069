package vn.ungcuu.playbook;

import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.security.CurrentUser;

/**
 * Turns the playbook in force for an incident's category into the incident's tasks, for triage to call
 * in its own transaction. Once an incident has playbook tasks it gets no more (a re-triage after REOPEN
 * does not duplicate them); tasks added by hand do not count.
 */
@ApplicationScoped
public class TaskPlanner {

    static final String SYSTEM_ACTOR = AuditLog.SYSTEM_ACTOR;

    @Inject
    TaskRepository tasks;

    @Inject
    PlaybookRepository playbooks;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    /**
     * Creates one OPEN task per step of the active playbook of the incident's category, recording the
     * playbook's id and version on each, and audits it on the incident ({@code TASKS_CREATED}). Returns
     * how many tasks it created: 0 when the incident already has playbook tasks or its category has no
     * active playbook. Locks the incident row (callers in triage hold it already).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int instantiateFor(Incident incident, Instant now) {
        Incident locked = em.contains(incident) ? incident : em.find(Incident.class, incident.id);
        em.lock(locked, LockModeType.PESSIMISTIC_WRITE);
        if (tasks.hasPlaybookTasks(locked.id)) {
            return 0;
        }
        Optional<Playbook> found = playbooks.activeFor(locked.category);
        if (found.isEmpty()) {
            Log.infof("incident %s: no active playbook for %s, no tasks created", locked.id, locked.category);
            return 0;
        }
        Playbook playbook = found.get();
        String actor = actor();
        int position = tasks.lastPosition(locked.id);
        List<Map<String, Object>> created = new ArrayList<>();
        for (PlaybookStep step : Steps.read(playbook.steps)) {
            IncidentTask task = new IncidentTask();
            task.id = Ids.newId();
            task.incidentId = locked.id;
            task.position = ++position;
            task.title = step.title();
            task.description = step.description();
            task.status = TaskStatus.OPEN;
            task.playbookId = playbook.id;
            task.playbookVersion = playbook.version;
            task.createdAt = now;
            task.createdBy = actor;
            task.updatedAt = now;
            tasks.persist(task);
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("id", task.id);
            summary.put("position", task.position);
            summary.put("title", task.title);
            created.add(summary);
        }
        Changes changes = new Changes()
                .field("playbook.id", null, playbook.id)
                .field("playbook.version", null, playbook.version)
                .field("playbook.name", null, playbook.name)
                // an array, not a list: the audit sorts collections, and the tasks' order matters
                .field("tasks", null, created.toArray());
        audit.record(actor, Incident.AUDIT_TYPE, locked.id.toString(), "TASKS_CREATED", changes, now);
        tasks.flush();
        Log.infof("incident %s: %d tasks created from playbook %s version %d", locked.id, created.size(),
                playbook.id, playbook.version);
        return created.size();
    }

    /** How many of the incident's tasks are still OPEN (in the caller's transaction, or a short one). */
    @Transactional
    public long openTaskCount(UUID incidentId) {
        return tasks.countOpen(incidentId);
    }

    /** The caller's id in a request; {@code system} outside one (scheduled work, start-up). */
    private String actor() {
        if (Arc.container().requestContext().isActive()) {
            String id = user.id();
            if (id != null) {
                return id;
            }
        }
        return SYSTEM_ACTOR;
    }
}
