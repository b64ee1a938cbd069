package vn.ungcuu.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An incident handed to the provincial response team (created by the ESCALATE transition). */
@Entity
@Table(name = "escalation")
public class Escalation {

    /** The entity type of an escalation's entries in the audit log. */
    public static final String AUDIT_TYPE = "ESCALATION";

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    public UUID incidentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EscalationStatus status;

    @Column(nullable = false)
    public String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The initial report (Decision 05/2017 Art. 11.4, Form 03 of Circular 20/2017) as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "initial_report", nullable = false, columnDefinition = "jsonb")
    public String initialReport;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "returned_at")
    public Instant returnedAt;

    @Column(name = "return_reason")
    public String returnReason;

    public boolean isOpen() {
        return status == EscalationStatus.PENDING || status == EscalationStatus.ACKNOWLEDGED;
    }

    @Version
    public Long version;
}
