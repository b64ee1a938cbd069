package vn.ungcuu.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One regulatory clock of an incident: due when, met when, and when a breach was recorded. */
@Embeddable
public class Deadline {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineKind kind;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(name = "met_at")
    public Instant metAt;

    @Column(name = "breached_at")
    public Instant breachedAt;

    protected Deadline() {
    }

    public Deadline(DeadlineKind kind, Instant dueAt) {
        this.kind = kind;
        this.dueAt = dueAt;
    }

    /** Breached when met late, or not met and already past due. */
    boolean breachedAt(Instant now) {
        return metAt != null ? metAt.isAfter(dueAt) : now.isAfter(dueAt);
    }
}
