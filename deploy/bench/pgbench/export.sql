-- Old limit of GET /api/v1/incidents?unitCode=U with Accept: text/csv: the statements the service issued before round two (fdc2b25)
-- (captured with log_statement = 'all'). IncidentService.forEach reads the unit's incidents 500 at a time, each page
-- in its own transaction: today's unit successions, the page query (keyset after the previous page's last row), then
-- the batch loads of the page's deadlines and affected systems, 64 incidents at a time; a page of fewer than 500
-- rows is the last (so a count that is a multiple of 500 costs one more, empty, page).
-- This file is the template of one page; run.sh writes the unit's whole script from it (pgbench has no loops): the
-- lines between "-- page" and "-- end" once per page, with AFTER replaced by nothing on the first page and by
-- "and (i1_0.reported_at,i1_0.id)<('<at>','<id>')" on the next ones; the lines between "-- batch" and "-- end batch"
-- once per 64 rows of the page, IDS replaced by their ids as an array literal. The CSV itself is written by the
-- service (Jackson's views, Csv.field): not part of this limit. Variables (-D): unit, today.
-- page
BEGIN;
SELECT predecessor_code, successor_code, effective_at, note FROM unit_succession WHERE effective_at <= :today::date
  ORDER BY predecessor_code, successor_code;
select i1_0.id,i1_0.assignee,i1_0.beyond_capacity,i1_0.category,i1_0.closed_at,i1_0.description,i1_0.detected_at,
    i1_0.duplicate_of,i1_0.end_report_lessons,i1_0.end_report_root_cause,i1_0.end_report_summary,i1_0.legal_class,
    i1_0.personal_data,i1_0.reference,i1_0.regime_id,i1_0.regime_version,i1_0.rejection_reason,i1_0.reported_at,
    i1_0.reported_by,i1_0.resolution,i1_0.resolved_at,i1_0.retain_until,i1_0.search_text,i1_0.severity,
    i1_0.state_secret,i1_0.status,i1_0.title,i1_0.tlp,i1_0.triaged_at,i1_0.unit_code,i1_0.updated_at,i1_0.version
  from incident i1_0 where 1=1 and i1_0.unit_code=:unit AFTER
  order by i1_0.reported_at desc,i1_0.id desc offset 0 rows fetch first 500 rows only;
-- batch
select d1_0.incident_id,d1_0.breached_at,d1_0.due_at,d1_0.kind,d1_0.met_at,d1_0.met_by,d1_0.recipient,d1_0.regime_id,
    d1_0.regime_version,d1_0.starts_at,d1_0.status,d1_0.waived_at,d1_0.waived_reason
  from incident_deadline d1_0 where d1_0.incident_id = any ('IDS'::uuid[]);
select asi1_0.incident_id,asi1_0.system_id from incident_affected_system asi1_0 where asi1_0.incident_id = any ('IDS'::uuid[]);
-- end batch
COMMIT;
-- end
