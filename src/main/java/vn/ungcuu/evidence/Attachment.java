package vn.ungcuu.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * The description of a file attached to an incident; its bytes are in {@code attachment_content}
 * ({@link EvidenceStore}). Append-only, like the audit: the database refuses updates and deletions.
 */
@Entity
@Immutable
@Table(name = "attachment")
public class Attachment {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public String filename;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(nullable = false)
    public long size;

    /** Lower-case hex SHA-256 of the bytes, computed while they were stored. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_by", nullable = false)
    public String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt;
}
