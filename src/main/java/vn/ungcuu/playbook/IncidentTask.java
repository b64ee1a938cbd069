package vn.ungcuu.playbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A piece of work on an incident: a step of the playbook in force at triage (with the playbook's id and
 * version) or a task added by hand (no playbook).
 */
@Entity
@Table(name = "incident_task")
public class IncidentTask {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    public UUID incidentId;

    /** Order on the incident: 1, 2, ... in the order the tasks were created. */
    @Column(nullable = false, updatable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public String description;

    public String assignee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TaskStatus status;

    public String note;

    @Column(name = "playbook_id", updatable = false)
    public UUID playbookId;

    @Column(name = "playbook_version", updatable = false)
    public Integer playbookVersion;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** When the task last left OPEN (DONE or SKIPPED); null while open. */
    @Column(name = "completed_at")
    public Instant completedAt;

    @Version
    public Long version;
}
