-- Old limit of GET /api/v1/incidents?limit=50&cursor=<deep cursor>: the 5 statements the service issued before round two (fdc2b25) (captured
-- with log_statement = 'all'; autocommit): the keyset page after the row (after_at, after_id) in the default order
-- (-createdAt), limit + 1 rows, then the duplicates of the page's 50, today's unit successions and the batch loads
-- of deadlines and affected systems (ids in kept and loaded, read once by run.sh, as for list.sql).
-- Variables (-D): after_at, after_id, offset, limit, kept, loaded, today.
select i1_0.id,i1_0.assignee,i1_0.beyond_capacity,i1_0.category,i1_0.closed_at,i1_0.description,i1_0.detected_at,
    i1_0.duplicate_of,i1_0.end_report_lessons,i1_0.end_report_root_cause,i1_0.end_report_summary,i1_0.legal_class,
    i1_0.personal_data,i1_0.reference,i1_0.regime_id,i1_0.regime_version,i1_0.rejection_reason,i1_0.reported_at,
    i1_0.reported_by,i1_0.resolution,i1_0.resolved_at,i1_0.retain_until,i1_0.search_text,i1_0.severity,
    i1_0.state_secret,i1_0.status,i1_0.title,i1_0.tlp,i1_0.triaged_at,i1_0.unit_code,i1_0.updated_at,i1_0.version
  from incident i1_0 where 1=1 and (i1_0.reported_at,i1_0.id)<(:after_at::timestamptz,:after_id::uuid)
  order by i1_0.reported_at desc,i1_0.id desc offset :offset rows fetch first :limit rows only;
SELECT * FROM incident WHERE duplicate_of = ANY(:kept::uuid[]) ORDER BY reported_at, id;
SELECT predecessor_code, successor_code, effective_at, note FROM unit_succession WHERE effective_at <= :today::date
  ORDER BY predecessor_code, successor_code;
select d1_0.incident_id,d1_0.breached_at,d1_0.due_at,d1_0.kind,d1_0.met_at,d1_0.met_by,d1_0.recipient,d1_0.regime_id,
    d1_0.regime_version,d1_0.starts_at,d1_0.status,d1_0.waived_at,d1_0.waived_reason
  from incident_deadline d1_0 where d1_0.incident_id = any (:loaded::uuid[]);
select asi1_0.incident_id,asi1_0.system_id from incident_affected_system asi1_0 where asi1_0.incident_id = any (:loaded::uuid[]);
