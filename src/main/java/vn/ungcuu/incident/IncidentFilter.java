package vn.ungcuu.incident;

import java.time.Instant;
import java.util.List;
import vn.ungcuu.severity.Severity;

/**
 * The filters of {@code GET /incidents}. Each list is an "any of" (empty: no restriction); {@code q} is
 * already in its {@link SearchText} form; {@code createdTo} is exclusive. With {@code includePredecessors}, each
 * unit code stands for the unit and every unit it succeeded. {@code assignees} may hold {@link #ME}; the obligation
 * bounds choose incidents with an OPEN obligation due in [from, to).
 */
record IncidentFilter(List<IncidentStatus> statuses, List<Severity> severities, boolean unassessed,
        List<String> unitCodes, boolean includePredecessors, List<Category> categories, Instant updatedSince, Instant createdFrom,
        Instant createdTo, String q, IncidentSort sort, List<String> assignees, Instant obligationDueFrom,
        Instant obligationDueTo) {

    /** {@code assignee=me}: the caller, whoever it is. */
    static final String ME = "me";
}
