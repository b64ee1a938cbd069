-- Raw equivalent of POST /api/v1/incidents as a coordinator for a random commune: the statements Hibernate
-- issues for IncidentService.create, in one transaction (unit lookup, reference counter, incident, audit
-- entry, NOTIFY deadline; the audit trigger queues the entry in audit_unsealed). Same title, description
-- and audit changes as deploy/bench/lua/create.lua. The id is a fresh version-7 UUID, as Ids.newId().
-- Variables (-D): year (the district's current year), detected (detectedAt).
\set u random(1, 200)
BEGIN;
select u1_0.code, u1_0.active, u1_0.created_at, u1_0.focal_point_email, u1_0.focal_point_name, u1_0.focal_point_phone,
    u1_0.focal_point_title, u1_0.name, u1_0.parent_code, u1_0.provincial_team_member, u1_0.security_lead_email,
    u1_0.security_lead_name, u1_0.security_lead_phone, u1_0.security_lead_title, u1_0.type, u1_0.updated_at, u1_0.version
  from unit u1_0 where u1_0.code = 'XA-' || lpad(:u::text, 3, '0');
INSERT INTO incident_reference_counter (year, last_value) VALUES (:year, 1)
  ON CONFLICT (year) DO UPDATE SET last_value = incident_reference_counter.last_value + 1
  RETURNING last_value AS refno, bench.new_uuid7() AS iid, 'XA-' || lpad(:u::text, 3, '0') AS unit \gset
insert into incident (assignee, beyond_capacity, category, closed_at, description, detected_at, duplicate_of,
    end_report_lessons, end_report_root_cause, end_report_summary, legal_class, reference, rejection_reason,
    reported_at, reported_by, resolution, resolved_at, search_text, severity, state_secret, status, title, tlp,
    triaged_at, unit_code, updated_at, version, id)
  values (null, false, 'MALWARE', null,
    'Cán bộ đầu mối phát hiện máy tính bộ phận một cửa có dấu hiệu nhiễm mã độc: phần mềm phòng chống mã độc cảnh báo liên tục, máy chạy chậm và gửi kết nối lạ ra ngoài. Máy đã được ngắt kết nối mạng, nhật ký hệ thống đã được sao lưu để phân tích.',
    :detected, null, null, null, null, null, 'SC-' || :year || '-' || lpad(:refno::text, 6, '0'), null,
    now(), 'local-coordinator', null, null,
    -- SearchText.normalize(reference + " " + title + " " + description): the constant parts are folded once
    lower('SC-' || :year || '-' || lpad(:refno::text, 6, '0')) || ' '
      || bench.search_text('Phát hiện mã độc trên máy tính bộ phận một cửa - ') || lower(:unit) || ' '
      || bench.search_text('Cán bộ đầu mối phát hiện máy tính bộ phận một cửa có dấu hiệu nhiễm mã độc: phần mềm phòng chống mã độc cảnh báo liên tục, máy chạy chậm và gửi kết nối lạ ra ngoài. Máy đã được ngắt kết nối mạng, nhật ký hệ thống đã được sao lưu để phân tích.'),
    null, false, 'NEW', 'Phát hiện mã độc trên máy tính bộ phận một cửa - ' || :unit, 'AMBER', null, :unit, now(), 0, :iid);
insert into audit_entry (action, actor, changes, entity_id, entity_type, occurred_at, request_id, id)
  values ('CREATE', 'local-coordinator', jsonb_build_array(
      jsonb_build_object('field', 'reference', 'from', null, 'to', 'SC-' || :year::text || '-' || lpad(:refno::text, 6, '0')),
      jsonb_build_object('field', 'unitCode', 'from', null, 'to', :unit::text),
      jsonb_build_object('field', 'title', 'from', null, 'to', 'Phát hiện mã độc trên máy tính bộ phận một cửa - ' || :unit::text),
      jsonb_build_object('field', 'description', 'from', null, 'to', 'Cán bộ đầu mối phát hiện máy tính bộ phận một cửa có dấu hiệu nhiễm mã độc: phần mềm phòng chống mã độc cảnh báo liên tục, máy chạy chậm và gửi kết nối lạ ra ngoài. Máy đã được ngắt kết nối mạng, nhật ký hệ thống đã được sao lưu để phân tích.'),
      jsonb_build_object('field', 'category', 'from', null, 'to', 'MALWARE'),
      jsonb_build_object('field', 'status', 'from', null, 'to', 'NEW'),
      jsonb_build_object('field', 'tlp', 'from', null, 'to', 'AMBER'),
      jsonb_build_object('field', 'detectedAt', 'from', null, 'to', :detected::text),
      jsonb_build_object('field', 'beyondCapacity', 'from', null, 'to', false),
      jsonb_build_object('field', 'stateSecret', 'from', null, 'to', false)),
    :iid, 'INCIDENT', now(), 'bench-raw', nextval('audit_entry_seq'));
insert into incident_deadline (incident_id, breached_at, due_at, kind, met_at)
  values (:iid, null, :detected::timestamptz + interval '5 days', 'NOTIFY', null);
END;
