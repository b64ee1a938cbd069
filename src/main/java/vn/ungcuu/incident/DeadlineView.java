package vn.ungcuu.incident;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.ungcuu.regime.Regime;

/** An obligation (a regulatory clock) as shown on an incident, with its rule's title, basis and recipient. */
@Schema(name = "Deadline")
public record DeadlineView(
        @Schema(type = SchemaType.STRING, pattern = "^[A-Z][A-Z0-9_]{1,39}$", example = "REPORT_72H",
                description = "An obligation kind of the incident's regime (GET /regimes/{id}): NOTIFY, INITIAL_REPORT "
                        + "and END_REPORT under vn-2017; IMMEDIATE_NOTICE, INITIAL_NOTICE, REPORT_72H, UPDATE_REPORT, "
                        + "CLOSING_REPORT, PDP_NOTICE and PDP_SUBJECTS_NOTICE under vn-2026. New regime versions may "
                        + "add kinds.")
        String kind,
        Instant dueAt,
        @Schema(nullable = true) Instant metAt,
        @Schema(description = "Met late, or not met and already past due (a waived one: breached before it was "
                + "waived)") boolean breached,
        Regime.Text title,
        Regime.LegalBasis legalBasis,
        @Schema(description = "Whom it is owed to: an authority code (GET /authorities) or DATA-SUBJECTS",
                example = "PA05") String recipient,
        @Schema(description = "When its condition became true and its clock started") Instant startsAt,
        @Schema(nullable = true, description = "The official report that met it (GET /incidents/{id}/reports/"
                + "{reportId}); null while open, or when a transition met it") UUID metBy,
        ObligationStatus status,
        @Schema(nullable = true, description = "Why it was waived (REJECT: the rejection reason)") String waivedReason) {

    static DeadlineView of(Deadline deadline, Regime.Obligation rule, Instant now) {
        return new DeadlineView(deadline.kind, deadline.dueAt, deadline.metAt, deadline.breachedAt(now), rule.title(),
                rule.legalBasis(), deadline.recipient, deadline.startsAt, deadline.metBy, deadline.status,
                deadline.waivedReason);
    }
}
