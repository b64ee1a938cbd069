package vn.ungcuu.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ungcuu.severity.LegalClass;
import vn.ungcuu.severity.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A reported security incident; it belongs to exactly one reporting unit. */
@Entity
@Table(name = "incident")
public class Incident {

    /** The entity type of an incident's entries in the audit log: its history and everything done on it. */
    public static final String AUDIT_TYPE = "INCIDENT";

    /** The audit action of a staff-only note: the history hides it from whoever may not read such notes. */
    public static final String INTERNAL_NOTE_ACTION = "COMMENT_INTERNAL";

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String reference;

    @Column(name = "unit_code", nullable = false, updatable = false)
    public String unitCode;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IncidentStatus status;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_class")
    public LegalClass legalClass;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Tlp tlp;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    @Column(name = "reported_at", nullable = false, updatable = false)
    public Instant reportedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "beyond_capacity", nullable = false)
    public boolean beyondCapacity;

    @Column(name = "state_secret", nullable = false)
    public boolean stateSecret;

    public String assignee;

    /** The regime handling it (chosen by its detection day at filing; a coordinator may change it). */
    @Column(name = "regime_id", nullable = false)
    public String regimeId;

    @Column(name = "regime_version", nullable = false)
    public int regimeVersion;

    @Column(name = "reported_by", nullable = false, updatable = false)
    public String reportedBy;

    @Column(name = "triaged_at")
    public Instant triagedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    public String resolution;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "end_report_summary")
    public String endReportSummary;

    @Column(name = "end_report_root_cause")
    public String endReportRootCause;

    @Column(name = "end_report_lessons")
    public String endReportLessons;

    /** Reference, title and description in {@link SearchText} form, for the {@code q} filter. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "incident_affected_system", joinColumns = @JoinColumn(name = "incident_id"))
    @Column(name = "system_id")
    public Set<UUID> affectedSystemIds = new HashSet<>();

    /** {@link PersonalData} as JSON; null when never recorded. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "personal_data", columnDefinition = "jsonb")
    public String personalData;

    /** Keep the incident's records at least until this local day (personal data: the regime's retention). */
    @Column(name = "retain_until")
    public LocalDate retainUntil;

    @ElementCollection
    @CollectionTable(name = "incident_deadline", joinColumns = @JoinColumn(name = "incident_id"))
    public List<Deadline> deadlines = new ArrayList<>();

    @Version
    public Long version;

    @PrePersist
    @PreUpdate
    void normalizeSearchText() {
        searchText = SearchText.normalize(reference + " " + title + " " + description);
    }

    public Optional<Deadline> deadline(String kind) {
        return deadlines.stream().filter(deadline -> deadline.kind.equals(kind)).findFirst();
    }

    public PersonalData personalData() {
        return PersonalData.parse(personalData);
    }

    /** The personal-data answers its regime's conditions may name (none when no personal data was affected). */
    public Set<String> personalDataFacts() {
        PersonalData data = personalData();
        return data == null ? Set.of() : data.facts();
    }

    /** CLOSED or REJECTED: the incident takes no more edits, assessments, tasks or evidence until reopened. */
    public boolean isFinished() {
        return status == IncidentStatus.CLOSED || status == IncidentStatus.REJECTED;
    }

    /** How a refusal on a finished incident ends: a CLOSED one can be reopened, a REJECTED one not. */
    public String reopenHint() {
        return status == IncidentStatus.CLOSED ? "; reopen it first" : "";
    }
}
