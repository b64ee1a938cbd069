package vn.ungcuu.officialreport;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An official report a unit sent to an authority about an incident, as recorded. Append-only: the database
 * refuses updates and deletions; a correction is a new report that {@link #supersedes} this one.
 */
@Entity
@Immutable
@Table(name = "official_report")
public class OfficialReport {

    /** The recipient of a notice to the data subjects themselves, who are not an authority. */
    public static final String DATA_SUBJECTS = "DATA-SUBJECTS";

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    /** A report kind of the regime version below. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "regime_id", nullable = false)
    public String regimeId;

    @Column(name = "regime_version", nullable = false)
    public int regimeVersion;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReportChannel channel;

    @Column(name = "document_number")
    public String documentNumber;

    /** A JSON object of text fields: what the report said, field by field as the regime names them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String content;

    @Column(name = "attachment_ids", nullable = false, columnDefinition = "uuid[]")
    public UUID[] attachmentIds;

    public UUID supersedes;

    /** The obligation kinds it met when it was recorded. */
    @Column(nullable = false, columnDefinition = "varchar(40)[]")
    public String[] met;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
