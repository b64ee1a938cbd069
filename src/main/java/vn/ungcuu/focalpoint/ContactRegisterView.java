package vn.ungcuu.focalpoint;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's contacts now, one per role, and its open obligations. */
@Schema(name = "UnitContactRegister")
public record ContactRegisterView(
        @Schema(example = "XA-MINHSON") String unitCode,
        @Schema(description = "Every role, in the order SECURITY_LEAD, FOCAL_POINT, CONTACT_24_7, INCIDENT_INTAKE; "
                + "a role not named has its contact fields null") List<ContactEntryView> contacts,
        @Schema(description = "The unit's obligations still OPEN (breached when past due)")
        List<UnitObligationView> openObligations) {
}
