package vn.ungcuu.playbook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.UUID;
import vn.ungcuu.audit.AuditLog;
import vn.ungcuu.audit.Changes;
import vn.ungcuu.persistence.HqlFilters;
import vn.ungcuu.problem.ApiException;
import vn.ungcuu.paging.Cursor;
import vn.ungcuu.http.ETags;
import vn.ungcuu.http.MergePatch;
import vn.ungcuu.problem.FieldError;
import vn.ungcuu.persistence.Ids;
import vn.ungcuu.paging.Page;
import vn.ungcuu.paging.PageRequest;
import vn.ungcuu.problem.ProblemType;
import vn.ungcuu.clock.TimeSource;
import vn.ungcuu.incident.Incident;
import vn.ungcuu.incident.IncidentAccess;
import vn.ungcuu.incident.IncidentRepository;
import vn.ungcuu.security.CurrentUser;
import vn.ungcuu.security.Roles;

/**
 * An incident's tasks. Whoever may read the incident reads them; coordinators and the incident's
 * responder add and edit them; a task's assignee updates its status and note. Every change locks the
 * incident row (so it never lands on an incident being closed) and is audited on the incident.
 */
@ApplicationScoped
public class TaskService {

    static final Set<String> PATCHABLE = Set.of("status", "note", "title", "description", "assignee");
    static final Map<String, String> READ_ONLY = Stream.of("id", "incidentId", "playbookId", "playbookVersion",
            "position", "createdAt", "updatedAt", "completedAt", "version")
            .collect(Collectors.toUnmodifiableMap(field -> field, field -> MergePatch.READ_ONLY));

    @Inject
    TaskRepository tasks;

    @Inject
    IncidentRepository incidents;

    @Inject
    IncidentAccess access;

    @Inject
    AuditLog audit;

    @Inject
    CurrentUser user;

    @Inject
    TimeSource time;

    @Inject
    MergePatch mergePatch;

    public Page<TaskView> list(UUID incidentId, List<TaskStatus> statuses, PageRequest page) {
        access.requireReadable(incidents.findById(incidentId));
        String scope = "tasks:" + incidentId;
        StringBuilder query = new StringBuilder("incidentId = :incident");
        Parameters params = Parameters.with("incident", incidentId);
        if (!statuses.isEmpty()) {
            query.append(" and ").append(HqlFilters.anyOf("status", "statuses", statuses, params::and));
        }
        if (page.cursor() != null) {
            try {
                params.and("after", Integer.parseInt(Cursor.decode(page.cursor(), scope, 1).values().get(0)));
            } catch (NumberFormatException e) {
                throw Cursor.invalid();
            }
            query.append(" and position > :after");
        }
        List<IncidentTask> rows = tasks.find(query + " order by position", params).page(0, page.fetchSize()).list();
        return Page.of(rows, page, (IncidentTask last) ->
                new Cursor(scope, List.of(Integer.toString(last.position))).encode()).map(TaskView::of);
    }

    public TaskView get(UUID incidentId, UUID taskId) {
        Incident incident = incidents.findById(incidentId);
        IncidentTask task = taskOf(incidentId, taskId, false);
        requireVisible(incident, task);
        return TaskView.of(task);
    }

    @Transactional
    public TaskView add(UUID incidentId, NewTask body) {
        Incident incident = access.requireReadable(incidents.findById(incidentId, LockModeType.PESSIMISTIC_WRITE));
        if (!managesTasks(incident)) {
            throw ApiException.forbidden("Only coordinators and the incident's assigned responder add tasks");
        }
        requireWorkable(incident);
        Instant now = time.now();
        IncidentTask task = new IncidentTask();
        task.id = Ids.newId();
        task.incidentId = incident.id;
        task.position = tasks.lastPosition(incident.id) + 1;
        task.title = body.title();
        task.description = body.description();
        task.assignee = body.assignee();
        task.status = TaskStatus.OPEN;
        task.createdAt = now;
        task.createdBy = user.id();
        task.updatedAt = now;
        tasks.persist(task);
        Changes changes = new Changes()
                .created("task.id", task.id)
                .created("task.position", task.position)
                .created("task.title", task.title)
                .created("task.description", task.description)
                .created("task.assignee", task.assignee)
                .created("task.status", task.status);
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), "TASK_ADDED", changes, now);
        tasks.flush();
        return TaskView.of(task);
    }

    /** Applies a JSON merge patch (RFC 7396), validates the result, audits what changed. */
    @Transactional
    public TaskView patch(UUID incidentId, UUID taskId, ObjectNode patch, String ifMatch) {
        Incident incident = incidents.findById(incidentId, LockModeType.PESSIMISTIC_WRITE);
        IncidentTask task = taskOf(incidentId, taskId, true);
        requireVisible(incident, task);
        boolean manager = managesTasks(incident);
        if (!manager && !isAssignee(task)) {
            throw ApiException.forbidden(
                    "Only coordinators, the incident's assigned responder and the task's assignee update tasks");
        }
        ETags.requireMatch(ifMatch, task.version);
        requireWorkable(incident);
        MergePatch.refuseFields(patch, PATCHABLE, READ_ONLY);
        TaskPatch edit = merge(task, patch);
        if (!manager && (!Objects.equals(edit.title(), task.title)
                || !Objects.equals(edit.description(), task.description)
                || !Objects.equals(edit.assignee(), task.assignee))) {
            throw ApiException.forbidden("The task's assignee changes its status and note only");
        }

        Instant now = time.now();
        Instant completedAt = edit.status() == TaskStatus.OPEN ? null
                : edit.status() == task.status ? task.completedAt : now;
        // the task's id first, so that the entry says which task changed
        Changes changes = new Changes()
                .field("task.id", null, task.id)
                .field("task.status", task.status, edit.status())
                .field("task.note", task.note, edit.note())
                .field("task.title", task.title, edit.title())
                .field("task.description", task.description, edit.description())
                .field("task.assignee", task.assignee, edit.assignee())
                .field("task.completedAt", task.completedAt, completedAt);
        if (changes.asList().size() == 1) {
            return TaskView.of(task);
        }
        task.status = edit.status();
        task.note = edit.note();
        task.title = edit.title();
        task.description = edit.description();
        task.assignee = edit.assignee();
        task.completedAt = completedAt;
        task.updatedAt = now;
        audit.record(user.id(), Incident.AUDIT_TYPE, incident.id.toString(), "TASK_UPDATED", changes, now);
        tasks.flush();
        return TaskView.of(task);
    }

    /** Coordinators, and the responder the incident is assigned to. */
    private boolean managesTasks(Incident incident) {
        return user.has(Roles.COORDINATOR) || access.isAssignedResponder(incident);
    }

    private boolean isAssignee(IncidentTask task) {
        return task != null && task.assignee != null && task.assignee.equals(user.id());
    }

    /**
     * Who may not read the incident gets 404 as if it did not exist, unless the task is assigned to them
     * (a task may go to someone outside the incident's readers, e.g. the unit's focal point).
     */
    private void requireVisible(Incident incident, IncidentTask task) {
        if (incident == null || !access.canRead(incident) && !isAssignee(task)) {
            throw ApiException.notFound("Incident");
        }
        if (task == null) {
            throw ApiException.notFound("Task");
        }
    }

    private IncidentTask taskOf(UUID incidentId, UUID taskId, boolean lock) {
        IncidentTask task = lock ? tasks.findById(taskId, LockModeType.PESSIMISTIC_WRITE) : tasks.findById(taskId);
        return task != null && task.incidentId.equals(incidentId) ? task : null;
    }

    private static void requireWorkable(Incident incident) {
        if (incident.isFinished()) {
            throw new ApiException(ProblemType.CONFLICT, "The tasks of a " + incident.status
                    + " incident cannot change" + incident.reopenHint());
        }
    }

    private TaskPatch merge(IncidentTask task, ObjectNode patch) {
        TaskPatch edit = mergePatch.apply(TaskPatch.of(task), patch, TaskPatch.class);
        List<FieldError> errors = new ArrayList<>();
        if (edit.status() == null) {
            errors.add(new FieldError("status", "must not be null"));
        }
        if (edit.title() == null || edit.title().isBlank()) {
            errors.add(new FieldError("title", "must not be blank"));
        }
        if (edit.status() == TaskStatus.SKIPPED && (edit.note() == null || edit.note().isBlank())) {
            errors.add(new FieldError("note", "is required when the status is SKIPPED (say why)"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return edit;
    }

}
