package vn.ungcuu.triage;

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
import vn.ungcuu.severity.LegalClass;
import vn.ungcuu.severity.Severity;

/** The current severity assessment of an incident, with the criteria version it used. */
@Entity
@Table(name = "incident_assessment")
public class Assessment {

    @Id
    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "criteria_version", nullable = false)
    public int criteriaVersion;

    /** The coordinator's inputs as JSON ({@link AssessmentInputs}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String inputs;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_class", nullable = false)
    public LegalClass legalClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_severity", nullable = false)
    public Severity computedSeverity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "escalation_required", nullable = false)
    public boolean escalationRequired;

    /** The rules that fired, as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "matched_rules", nullable = false, columnDefinition = "jsonb")
    public String matchedRules;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_severity")
    public Severity overrideSeverity;

    @Column(name = "override_justification")
    public String overrideJustification;

    @Column(name = "assessed_by", nullable = false)
    public String assessedBy;

    @Column(name = "assessed_at", nullable = false)
    public Instant assessedAt;

    @Version
    public Long version;
}
