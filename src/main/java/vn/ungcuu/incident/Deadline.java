package vn.ungcuu.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;

/**
 * One obligation of an incident under its regime (a regulatory clock): when it started, when it is due, to
 * whom, and whether it was met (when, by which official report) or waived (why). Rows are never dropped.
 */
@Embeddable
public class Deadline {

    @Column(nullable = false)
    public String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObligationStatus status;

    @Column(name = "starts_at", nullable = false)
    public Instant startsAt;

    @Column(name = "due_at", nullable = false)
    public Instant dueAt;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "met_at")
    public Instant metAt;

    /** The official report that met it; null when a transition met it. */
    @Column(name = "met_by")
    public UUID metBy;

    @Column(name = "waived_at")
    public Instant waivedAt;

    @Column(name = "waived_reason")
    public String waivedReason;

    @Column(name = "breached_at")
    public Instant breachedAt;

    /** The regime version whose rule this is (an incident's regime may change; a met obligation keeps its rule). */
    @Column(name = "regime_id", nullable = false)
    public String regimeId;

    @Column(name = "regime_version", nullable = false)
    public int regimeVersion;

    protected Deadline() {
    }

    Deadline(String kind, Instant startsAt, Instant dueAt, String recipient, String regimeId, int regimeVersion) {
        this.kind = kind;
        this.status = ObligationStatus.OPEN;
        this.startsAt = startsAt;
        this.dueAt = dueAt;
        this.recipient = recipient;
        this.regimeId = regimeId;
        this.regimeVersion = regimeVersion;
    }

    public boolean isOpen() {
        return status == ObligationStatus.OPEN;
    }

    /** Met late, or open and already past due; a waived one if it was already past due when waived. */
    boolean breachedAt(Instant now) {
        return switch (status) {
            case MET -> metAt.isAfter(dueAt);
            case OPEN -> now.isAfter(dueAt);
            case WAIVED -> waivedAt.isAfter(dueAt);
        };
    }
}
