package vn.ungcuu.focalpoint;

/** The contacts a unit keeps in the register. */
public enum ContactRole {
    /** The leader responsible for ATTT/ANM (kept on the unit: {@code securityLead}). */
    SECURITY_LEAD,
    /** The incident-response focal point, cán bộ đầu mối (kept on the unit: {@code focalPoint}). */
    FOCAL_POINT,
    /** Who answers round the clock. */
    CONTACT_24_7,
    /** Where the public reports an incident to the unit (a phone line, a mailbox, a web form, an office). */
    INCIDENT_INTAKE;

    /** Kept on the unit and changed with PUT /units/{code}, not here. */
    boolean keptOnUnit() {
        return this == SECURITY_LEAD || this == FOCAL_POINT;
    }
}
