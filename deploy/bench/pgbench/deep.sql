-- Raw equivalent of GET /api/v1/incidents?limit=50&cursor=<deep cursor>: the keyset page after the row
-- (after_at, after_id) in the default order (-createdAt), as Hibernate issues it, then the page's
-- duplicates, affected systems and deadlines (ids in the variable page, read once by run.sh).
select i1_0.id, i1_0.assignee, i1_0.beyond_capacity, i1_0.category, i1_0.closed_at, i1_0.description, i1_0.detected_at,
    i1_0.duplicate_of, i1_0.end_report_lessons, i1_0.end_report_root_cause, i1_0.end_report_summary, i1_0.legal_class,
    i1_0.reference, i1_0.rejection_reason, i1_0.reported_at, i1_0.reported_by, i1_0.resolution, i1_0.resolved_at,
    i1_0.search_text, i1_0.severity, i1_0.state_secret, i1_0.status, i1_0.title, i1_0.tlp, i1_0.triaged_at,
    i1_0.unit_code, i1_0.updated_at, i1_0.version
  from incident i1_0 where 1=1 and (i1_0.reported_at, i1_0.id) < (:after_at::timestamptz, :after_id::uuid)
  order by i1_0.reported_at desc, i1_0.id desc offset :offset rows fetch first :limit rows only;
select i1_0.id, i1_0.assignee, i1_0.beyond_capacity, i1_0.category, i1_0.closed_at, i1_0.description, i1_0.detected_at,
    i1_0.duplicate_of, i1_0.end_report_lessons, i1_0.end_report_root_cause, i1_0.end_report_summary, i1_0.legal_class,
    i1_0.reference, i1_0.rejection_reason, i1_0.reported_at, i1_0.reported_by, i1_0.resolution, i1_0.resolved_at,
    i1_0.search_text, i1_0.severity, i1_0.state_secret, i1_0.status, i1_0.title, i1_0.tlp, i1_0.triaged_at,
    i1_0.unit_code, i1_0.updated_at, i1_0.version
  from incident i1_0 where i1_0.duplicate_of = any (:page::uuid[]) order by i1_0.reported_at, i1_0.id;
select asi1_0.incident_id, asi1_0.system_id from incident_affected_system asi1_0 where asi1_0.incident_id = any (:page::uuid[]);
select d1_0.incident_id, d1_0.breached_at, d1_0.due_at, d1_0.kind, d1_0.met_at from incident_deadline d1_0
  where d1_0.incident_id = any (:page::uuid[]);
