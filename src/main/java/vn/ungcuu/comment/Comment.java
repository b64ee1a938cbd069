package vn.ungcuu.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A comment on an incident; internal notes are for the district's and province's staff only. */
@Entity
@Immutable
@Table(name = "incident_comment")
public class Comment {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    @Column(nullable = false)
    public String author;

    @Column(name = "author_name", nullable = false)
    public String authorName;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public boolean internal;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
