package vn.ungcuu.incident;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A list query resolved for one caller (scope and filters), so that it can also run page after page
 * while a CSV or NDJSON export streams, without the request's beans.
 */
record IncidentQuery(String where, Map<String, Object> params, IncidentSort sort) {

    /** Up to {@code limit} incidents after the keyset position (or from the start when null). */
    List<Incident> fetch(IncidentRepository incidents, Instant afterTime, UUID afterId, int limit) {
        Map<String, Object> values = new HashMap<>(params);
        String condition = where;
        if (afterTime != null) {
            condition += " and " + sort.after();
            values.put("afterTime", afterTime);
            values.put("afterId", afterId);
        }
        return incidents.find("select i from Incident i where " + condition + sort.orderBy(), values)
                .page(0, limit).list();
    }

    Instant keyOf(Incident incident) {
        return sort == IncidentSort.UPDATED_ASC || sort == IncidentSort.UPDATED_DESC
                ? incident.updatedAt : incident.reportedAt;
    }
}
