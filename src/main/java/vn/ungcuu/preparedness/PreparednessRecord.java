package vn.ungcuu.preparedness;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A drill, a training or a check of equipment before use. Append-only: the database refuses changes. */
@Entity
@Immutable
@Table(name = "preparedness_record")
public class PreparednessRecord {

    /** The entity type of a record's entries in the audit log. */
    public static final String AUDIT_TYPE = "PREPAREDNESS_RECORD";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecordKind kind;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String title;

    @Column(name = "held_on", nullable = false)
    public LocalDate heldOn;

    public String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "drill_scope")
    public DrillScope drillScope;

    public String scenario;

    /** Unit codes, a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "participating_units", nullable = false, columnDefinition = "jsonb")
    public String participatingUnits;

    public String findings;

    public String course;

    public Integer participants;

    /** {@link CertificateView}s, a JSON array. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String certificates;

    public String equipment;

    @Column(name = "system_id")
    public UUID systemId;

    @Enumerated(EnumType.STRING)
    public CheckResult result;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
