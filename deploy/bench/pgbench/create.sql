-- Old limit of POST /api/v1/incidents as a coordinator for a random commune: the statements the service issued before round two (fdc2b25)
-- for it (captured with log_statement = 'all'), in one transaction: the unit (Hibernate), the stored regimes
-- (RegimeStore.latest, native), the reference counter, the incident, its CREATE audit entry (the trigger queues it
-- in audit_unsealed), the obligation its regime starts at filing, then what the audit observer (AuditNotices) reads
-- and writes in the same transaction: the caller's person row (4 times), whether the unit's focal point turned
-- e-mail off, the obligation's authority, and the receipt queued in mail_message. Hibernate fetches audit ids 50 at
-- a time (allocationSize 50): one nextval per 50 creates per client, as here. No outbox event and no idempotency
-- row: a POST without Idempotency-Key writes neither.
-- Same title and description as deploy/bench/lua/create.lua. run.sh passes what the service wrote for its own last
-- create (-D): its regime, obligation (kind, recipient, due: the same detectedAt), audit changes and the receipt's
-- subject and bodies, so that sizes are the same; the id is a fresh version-7 UUID (Ids.newId()), the reference the
-- counter's. Variables (-D): year, detected, actor, regime_id, regime_version, kind, recipient, due, changes,
-- request_id, subject, body_text, body_html, aid_left=0, aid_next=0.
\set u random(1, 200)
\if :aid_left = 0
select nextval('audit_entry_seq') as aid_next \gset
\set aid_left 50
\endif
BEGIN;
select u1_0.code,u1_0.active,u1_0.created_at,u1_0.focal_point_email,u1_0.focal_point_name,u1_0.focal_point_phone,
    u1_0.focal_point_title,u1_0.name,u1_0.parent_code,u1_0.provincial_team_member,u1_0.security_lead_email,
    u1_0.security_lead_name,u1_0.security_lead_phone,u1_0.security_lead_title,u1_0.type,u1_0.updated_at,
    u1_0.valid_from,u1_0.valid_to,u1_0.version
  from unit u1_0 where u1_0.code='XA-' || lpad(:u::text, 3, '0');
SELECT id, max(version) FROM regime_version GROUP BY id;
INSERT INTO incident_reference_counter (year, last_value) VALUES (:year, 1)
  ON CONFLICT (year) DO UPDATE SET last_value = incident_reference_counter.last_value + 1
  RETURNING last_value AS refno, bench.new_uuid7() AS iid, 'XA-' || lpad(:u::text, 3, '0') AS unit \gset
insert into incident (assignee,beyond_capacity,category,closed_at,description,detected_at,duplicate_of,
    end_report_lessons,end_report_root_cause,end_report_summary,legal_class,personal_data,reference,regime_id,
    regime_version,rejection_reason,reported_at,reported_by,resolution,resolved_at,retain_until,search_text,severity,
    state_secret,status,title,tlp,triaged_at,unit_code,updated_at,version,id)
  values (null, false, 'MALWARE', null,
    'Cán bộ đầu mối phát hiện máy tính bộ phận một cửa có dấu hiệu nhiễm mã độc: phần mềm phòng chống mã độc cảnh báo liên tục, máy chạy chậm và gửi kết nối lạ ra ngoài. Máy đã được ngắt kết nối mạng, nhật ký hệ thống đã được sao lưu để phân tích.',
    :detected::timestamptz, null, null, null, null, null, null, 'SC-' || :year::text || '-' || lpad(:refno::text, 6, '0'),
    :regime_id, :regime_version, null, now(), :actor, null, null, null,
    -- SearchText.normalize(reference + " " + title + " " + description), done by the service: the constant parts
    -- are folded once here
    lower('SC-' || :year::text || '-' || lpad(:refno::text, 6, '0')) || ' '
      || bench.search_text('Phát hiện mã độc trên máy tính bộ phận một cửa - ') || lower(:unit::text) || ' '
      || bench.search_text('Cán bộ đầu mối phát hiện máy tính bộ phận một cửa có dấu hiệu nhiễm mã độc: phần mềm phòng chống mã độc cảnh báo liên tục, máy chạy chậm và gửi kết nối lạ ra ngoài. Máy đã được ngắt kết nối mạng, nhật ký hệ thống đã được sao lưu để phân tích.'),
    null, false, 'NEW', 'Phát hiện mã độc trên máy tính bộ phận một cửa - ' || :unit::text, 'AMBER', null, :unit, now(), 0, :iid);
insert into audit_entry (action,actor,changes,entity_id,entity_type,occurred_at,request_id,id)
  values ('CREATE', :actor, :changes::jsonb, :iid, 'INCIDENT', now(), :request_id, :aid_next);
insert into incident_deadline (incident_id,breached_at,due_at,kind,met_at,met_by,recipient,regime_id,regime_version,
    starts_at,status,waived_at,waived_reason)
  values (:iid, null, :due::timestamptz, :kind, null, null, :recipient, :regime_id, :regime_version, now(), 'OPEN', null, null);
select id, name, email, roles, email_notifications from person where id = :actor;
select id, name, email, roles, email_notifications from person where id = :actor;
select lower(email) from person where lower(email) in (lower(:unit::text) || '@huyen.gov.vn') and not email_notifications;
select id, name, email, roles, email_notifications from person where id = :actor;
select a1_0.code,a1_0.active,a1_0.channels,a1_0.created_at,a1_0.name_en,a1_0.name_vi,a1_0.updated_at,a1_0.version
  from authority a1_0 where a1_0.code=:recipient;
select id, name, email, roles, email_notifications from person where id = :actor;
INSERT INTO mail_message (id, dedup_key, kind, recipients, subject, body_text, body_html, status, next_attempt_at, created_at)
  VALUES (bench.new_uuid7(), 'audit:' || :aid_next::text || ':' || 'INCIDENT_RECEIPT', 'INCIDENT_RECEIPT',
          CAST('{"' || lower(:unit::text) || '@huyen.gov.vn"}' AS text[]), :subject, :body_text, :body_html, 'PENDING', now(), now())
  ON CONFLICT (dedup_key) DO NOTHING;
END;
\set aid_next :aid_next + 1
\set aid_left :aid_left - 1
