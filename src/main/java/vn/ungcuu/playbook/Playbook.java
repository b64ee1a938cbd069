package vn.ungcuu.playbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ungcuu.incident.Category;

/**
 * A response scenario for one incident category, in its current version. Every version ever written is
 * also kept in {@link PlaybookVersion}; {@link #version} counts them and doubles as the ETag. At most one
 * playbook per category is {@link #active}: the one whose steps become an incident's tasks at triage.
 */
@Entity
@Table(name = "playbook")
public class Playbook {

    /** The entity type of a playbook's entries in the audit log. */
    public static final String AUDIT_TYPE = "PLAYBOOK";

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Category category;

    @Column(nullable = false)
    public String name;

    /** The steps as a JSON array of {@link PlaybookStep}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String steps;

    @Column(nullable = false)
    public boolean active;

    /** The content version, 1 at creation and one more on every change; not Hibernate's lock column. */
    @Column(nullable = false)
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
