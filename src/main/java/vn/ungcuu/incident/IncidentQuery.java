package vn.ungcuu.incident;

import java.time.Instant;
import java.util.Map;

/**
 * A list query resolved for one caller (scope and filters), so that it can also run page after page
 * while a CSV or NDJSON export streams, without the request's beans.
 */
record IncidentQuery(String where, Map<String, Object> params, IncidentSort sort) {

    Instant keyOf(Incident incident) {
        return sort == IncidentSort.UPDATED_ASC || sort == IncidentSort.UPDATED_DESC
                ? incident.updatedAt : incident.reportedAt;
    }
}
