package vn.ungcuu.incident;

import java.util.List;

/** The filters of {@code GET /incidents}; each list is an "any of", empty meaning no restriction. */
record IncidentFilter(List<IncidentStatus> statuses, List<String> unitCodes, IncidentSort sort) {
}
