-- New limit of GET /api/v1/incidents?unitCode=U with Accept: text/csv: the same rows and columns as the service's CSV
-- (IncidentExport.COLUMNS, instants as Jackson writes them, true/false, affected systems joined by ';' in
-- java.util.UUID order, empty for null) in the list's order, by COPY. Not pgbench (which cannot COPY): run.sh runs
-- it with psql -v unit=U (the unit's export, in a closed loop of psql clients) and without the unit's line (the full
-- export). The only difference from the service's CSV: COPY ends lines with LF, the service with CRLF (RFC 4180).
COPY (
  SELECT i.id, i.reference, i.unit_code AS "unitCode", i.title, i.description, i.category, i.status, i.severity,
         i.legal_class AS "legalClass", i.tlp, bench.instant(i.detected_at) AS "detectedAt",
         bench.instant(i.reported_at) AS "reportedAt", bench.instant(i.updated_at) AS "updatedAt",
         bench.instant(i.triaged_at) AS "triagedAt", bench.instant(i.resolved_at) AS "resolvedAt",
         bench.instant(i.closed_at) AS "closedAt", i.assignee, i.beyond_capacity::text AS "beyondCapacity",
         i.state_secret::text AS "stateSecret",
         (SELECT string_agg(a.system_id::text, ';' ORDER BY bench.java_uuid_msb(a.system_id), bench.java_uuid_lsb(a.system_id))
          FROM incident_affected_system a WHERE a.incident_id = i.id) AS "affectedSystemIds",
         i.duplicate_of AS "duplicateOf"
  FROM incident i
  WHERE i.unit_code = :'unit'
  ORDER BY i.reported_at DESC, i.id DESC
) TO STDOUT (FORMAT csv, HEADER);
