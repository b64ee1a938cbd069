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

/** An incident handed to the provincial response team (created by the ESCALATE transition). */
@Entity
@Table(name = "escalation")
public class Escalation {

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

    @Version
    public Long version;
}
