-- Raw equivalent of GET /api/v1/incidents?unitCode=U with Accept: text/csv: the rows and columns of the CSV
-- (IncidentExport.COLUMNS) in the list order, in one statement. The service reads them 500 at a time, each
-- page in its own transaction, with batch loads of affected systems and deadlines: that paging is part of
-- what the ratio measures. Variable (-D): unit.
select i.id, i.reference, i.unit_code, i.title, i.description, i.category, i.status, i.severity, i.legal_class, i.tlp,
    i.detected_at, i.reported_at, i.updated_at, i.triaged_at, i.resolved_at, i.closed_at, i.assignee,
    i.beyond_capacity, i.state_secret,
    (select string_agg(a.system_id::text, ';' order by a.system_id) from incident_affected_system a
      where a.incident_id = i.id) as affected_system_ids,
    i.duplicate_of
  from incident i where i.unit_code in (:unit)
  order by i.reported_at desc, i.id desc;
