package vn.ungcuu.outbox;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The document's name for the kinds of event the outbox publishes (the constants of {@link Outbox}). */
@Schema(name = EventType.NAME, type = SchemaType.STRING, description = "The kind of event; "
        + "the webhook's X-UngCuu-Event", enumeration = {Outbox.ESCALATION_CREATED, Outbox.ESCALATION_UPDATED,
                Outbox.INCIDENT_UPDATED, Outbox.DEADLINE_BREACHED, Outbox.FOCAL_POINT_CHANGED,
                Outbox.REPORT_RECORDED, Outbox.UNIT_SUCCESSION})
final class EventType {

    static final String NAME = "EventType";

    private EventType() {
    }
}
