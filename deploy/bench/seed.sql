-- Seeds the benchmark database through the real schema (created beforehand by the service's own
-- Liquibase run): units, information systems, :incidents incidents over the 2 years before :t_end_ms,
-- their deadlines, assessments, escalations, affected systems and audit history, and the reference
-- counters that continue their numbering. Every constraint and trigger of the schema stays on
-- (audit_entry's AFTER INSERT trigger queues every seeded entry in audit_unsealed).
--
-- psql variables: incidents, t_end_ms (epoch ms of the newest incident), span_ms (time covered).
-- Incident n (1..incidents) is reported at ms(n) = t_end_ms - span_ms + ((n - 1) * span_ms) / incidents
-- (integer division) and its id is bench.uuid7(ms(n), n): the pgbench scripts recompute ids that way.
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '64MB';
SET jit = off;  -- the staging query's expressions are large: compiling them costs more than running them
SET client_min_messages = warning;

CREATE SCHEMA bench;

-- A version-7 UUID (time-ordered, like vn.ungcuu.persistence.Ids) that is a pure function of (ms, n).
CREATE FUNCTION bench.uuid7(ms bigint, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (lpad(to_hex(ms), 12, '0') || '7' || lpad(to_hex((n * 2654435761) % 4096), 3, '0')
          || to_hex(8 + n % 4) || lpad(to_hex(n), 15, '0'))::uuid
$$;
-- A fresh version-7 UUID, for the raw create.
CREATE FUNCTION bench.new_uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
          || substr(md5(random()::text), 1, 3) || to_hex(8 + floor(random() * 4)::int)
          || substr(md5(random()::text), 1, 15))::uuid
$$;
-- An instant as Jackson writes it in audit changes.
CREATE FUNCTION bench.iso(t timestamptz) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;
-- vn.ungcuu.incident.SearchText.normalize for Vietnamese text with single spaces (the 011 backfill's form).
CREATE FUNCTION bench.search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT lower(translate(t,
    'àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ',
    'aaaaaaaaaaaaaaaaadeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyAAAAAAAAAAAAAAAAADEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYY'))
$$;

\echo '  units and information systems'
-- the district (coordinator), 200 communes, 10 offices; each commune and office has 2 systems
INSERT INTO unit (code, name, type, parent_code, focal_point_name, focal_point_title, focal_point_phone,
                  focal_point_email, created_at, updated_at, version)
VALUES ('UBND-HUYEN', 'Ủy ban nhân dân huyện', 'COORDINATOR', NULL, 'Nguyễn Văn An', 'Chuyên viên CNTT',
        '0912000000', 'cntt@huyen.gov.vn', to_timestamp((:t_end_ms - :span_ms) / 1000.0) - interval '30 days',
        to_timestamp((:t_end_ms - :span_ms) / 1000.0) - interval '30 days', 0);
INSERT INTO unit (code, name, type, parent_code, focal_point_name, focal_point_title, focal_point_phone,
                  focal_point_email, created_at, updated_at, version)
SELECT code, name, type, 'UBND-HUYEN', 'Cán bộ đầu mối ' || code, 'Công chức văn phòng - thống kê',
       '09' || lpad(k::text, 8, '0'), lower(code) || '@huyen.gov.vn',
       to_timestamp((:t_end_ms - :span_ms) / 1000.0) - interval '20 days',
       to_timestamp((:t_end_ms - :span_ms) / 1000.0) - interval '20 days', 0
FROM (SELECT k, CASE WHEN k <= 200 THEN 'XA-' || lpad(k::text, 3, '0') ELSE 'PHONG-' || lpad((k - 200)::text, 2, '0') END AS code,
             CASE WHEN k <= 200 THEN 'Ủy ban nhân dân xã số ' || k ELSE 'Phòng chuyên môn số ' || (k - 200) END AS name,
             CASE WHEN k <= 200 THEN 'COMMUNE' ELSE 'OFFICE' END AS type
      FROM generate_series(1, 210) k) u;

CREATE TABLE bench.system_of (unit_index int, slot int, id uuid, PRIMARY KEY (unit_index, slot));
INSERT INTO bench.system_of SELECT k, s, gen_random_uuid() FROM generate_series(1, 210) k, generate_series(1, 2) s;
INSERT INTO information_system (id, unit_code, name, security_level, national_critical, internet_facing,
                                level_dossier, created_at, updated_at, version)
SELECT id, CASE WHEN unit_index <= 200 THEN 'XA-' || lpad(unit_index::text, 3, '0') ELSE 'PHONG-' || lpad((unit_index - 200)::text, 2, '0') END,
       CASE slot WHEN 1 THEN 'Cổng thông tin điện tử' ELSE 'Hệ thống một cửa điện tử' END,
       slot + 1, false, slot = 1, CASE WHEN slot = 1 THEN 'APPROVED' ELSE 'SUBMITTED' END,
       to_timestamp((:t_end_ms - :span_ms) / 1000.0) - interval '10 days',
       to_timestamp((:t_end_ms - :span_ms) / 1000.0) - interval '10 days', 0
FROM bench.system_of;

\echo '  staging the incidents'
CREATE UNLOGGED TABLE bench.seed AS
WITH b AS (
  SELECT n, :t_end_ms - :span_ms + ((n - 1) * :span_ms) / :incidents AS ms,
         random() AS r_unit, random() AS r_status, random() AS r_cat, random() AS r_sev, random() AS r_tlp,
         random() AS r_flag, random() AS r_det, random() AS r_t1, random() AS r_t2, random() AS r_t3,
         random() AS r_t4, random() AS r_x, random() AS r_text
  FROM generate_series(1, :incidents) n
), t AS (
  SELECT b.*, bench.uuid7(ms, n) AS id,
         to_timestamp(ms / 1000.0) + (n % 1000) * interval '1 microsecond' AS reported_at,
         to_timestamp(:t_end_ms / 1000.0) AS t_end,
         least(210, 1 + floor(210 * power(r_unit, 1.5))::int) AS unit_index,
         (:t_end_ms - ms) < 30::bigint * 86400000 AS recent,
         CASE WHEN r_cat < 0.30 THEN 'PHISHING' WHEN r_cat < 0.55 THEN 'MALWARE' WHEN r_cat < 0.65 THEN 'DEFACEMENT'
              WHEN r_cat < 0.73 THEN 'DOS' WHEN r_cat < 0.83 THEN 'UNAUTHORIZED_ACCESS' WHEN r_cat < 0.87 THEN 'RANSOMWARE'
              WHEN r_cat < 0.91 THEN 'DATA_THEFT' WHEN r_cat < 0.92 THEN 'DESTRUCTION' WHEN r_cat < 0.95 THEN 'COMBINED'
              ELSE 'OTHER' END AS category,
         CASE WHEN r_tlp < 0.70 THEN 'AMBER' WHEN r_tlp < 0.90 THEN 'GREEN' WHEN r_tlp < 0.95 THEN 'CLEAR'
              WHEN r_tlp < 0.98 THEN 'RED' ELSE 'AMBER_STRICT' END AS tlp,
         r_flag < 0.05 AS beyond_capacity, r_flag >= 0.05 AND r_flag < 0.055 AS state_secret
  FROM b
), s AS (
  SELECT t.*,
         CASE WHEN t.unit_index <= 200 THEN 'XA-' || lpad(t.unit_index::text, 3, '0')
              ELSE 'PHONG-' || lpad((t.unit_index - 200)::text, 2, '0') END AS unit_code,
         CASE WHEN recent THEN
                CASE WHEN r_status < 0.40 THEN 'NEW' WHEN r_status < 0.65 THEN 'TRIAGED' WHEN r_status < 0.80 THEN 'IN_PROGRESS'
                     WHEN r_status < 0.85 THEN 'ESCALATED' WHEN r_status < 0.95 THEN 'RESOLVED' ELSE 'REJECTED' END
              ELSE
                CASE WHEN r_status < 0.14 THEN 'NEW' WHEN r_status < 0.24 THEN 'TRIAGED' WHEN r_status < 0.34 THEN 'IN_PROGRESS'
                     WHEN r_status < 0.37 THEN 'ESCALATED' WHEN r_status < 0.45 THEN 'RESOLVED' WHEN r_status < 0.55 THEN 'REJECTED'
                     ELSE 'CLOSED' END
         END AS status,
         reported_at - r_det * interval '36 hours' AS detected_at,
         t_end - reported_at AS w
  FROM t
), f AS MATERIALIZED (  -- lifecycle flags (materialized: the chain below repeats each column many times)
  SELECT s.*,
         status IN ('TRIAGED', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED', 'CLOSED') OR (status = 'REJECTED' AND r_x < 0.5) AS triaged,
         status = 'ESCALATED' OR (status IN ('RESOLVED', 'CLOSED') AND r_x < 0.10) AS escalated,
         status IN ('IN_PROGRESS', 'RESOLVED', 'CLOSED') AS started,
         status IN ('RESOLVED', 'CLOSED') AS resolved
  FROM s
), t1 AS (
  SELECT f.*, CASE WHEN triaged THEN reported_at + least(w * 0.25, interval '10 minutes' + power(r_t1, 3) * interval '4 days') END AS triaged_at
  FROM f
), t2 AS (
  SELECT t1.*, CASE WHEN escalated THEN triaged_at + least((t_end - triaged_at) * 0.3, interval '1 hour' + r_t2 * interval '2 days') END AS escalated_at
  FROM t1
), t3 AS MATERIALIZED (
  SELECT t2.*, CASE WHEN started THEN coalesce(escalated_at, triaged_at)
                    + least((t_end - coalesce(escalated_at, triaged_at)) * 0.3, interval '30 minutes' + r_t3 * interval '1 day') END AS started_at
  FROM t2
), t4 AS (
  SELECT t3.*, CASE WHEN resolved THEN started_at + least((t_end - started_at) * 0.5, interval '2 hours' + power(r_t2, 2) * interval '20 days') END AS resolved_at,
         CASE WHEN status = 'REJECTED' THEN coalesce(triaged_at, reported_at)
                   + least((t_end - coalesce(triaged_at, reported_at)) * 0.5, interval '1 hour' + r_t3 * interval '3 days') END AS rejected_at
  FROM t3
), t5 AS MATERIALIZED (
  SELECT t4.*, CASE WHEN status = 'CLOSED' THEN resolved_at + least((t_end - resolved_at) * 0.5, interval '1 hour' + power(r_t4, 2) * interval '8 days') END AS closed_at,
         triaged OR (status = 'NEW' AND r_t4 > 0.85) AS assessed
  FROM t4
)
SELECT n, ms, id, unit_index, unit_code, category, status, tlp, beyond_capacity, state_secret, recent,
       triaged, escalated, started, resolved, assessed, r_x, r_t4, r_text,
       reported_at, detected_at, triaged_at, escalated_at, started_at, resolved_at, rejected_at, closed_at, t_end,
       CASE WHEN assessed THEN
         CASE WHEN r_sev < 0.40 THEN 'LOW' WHEN r_sev < 0.75 THEN 'MEDIUM' WHEN r_sev < 0.95 THEN 'HIGH' ELSE 'CRITICAL' END END AS severity,
       CASE WHEN NOT assessed THEN NULL WHEN r_sev >= 0.91 THEN 'SERIOUS' ELSE 'NORMAL' END AS legal_class,
       (extract(year FROM reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS year,
       greatest(reported_at, triaged_at, escalated_at, started_at, resolved_at, rejected_at, closed_at) AS updated_at,
       (CASE WHEN assessed THEN 1 ELSE 0 END + CASE WHEN triaged THEN 1 ELSE 0 END + CASE WHEN escalated THEN 1 ELSE 0 END
        + CASE WHEN started THEN 1 ELSE 0 END + CASE WHEN resolved THEN 1 ELSE 0 END
        + CASE WHEN status IN ('CLOSED', 'REJECTED') THEN 1 ELSE 0 END)::bigint AS version,
       CASE WHEN status = 'REJECTED' AND r_x >= 0.5 AND r_x < 0.65 AND n > 1
            THEN bench.uuid7(:t_end_ms - :span_ms + ((n - 2) * :span_ms) / :incidents, n - 1) END AS duplicate_of,
       r_x >= 0.75 AS has_system
FROM t5;
ALTER TABLE bench.seed ADD COLUMN reference varchar(20);
CREATE TEMP TABLE seed_ref AS
  SELECT n, 'SC-' || year || '-' || CASE WHEN k < 1000000 THEN lpad(k::text, 6, '0') ELSE k::text END AS reference
  FROM (SELECT n, year, row_number() OVER (PARTITION BY year ORDER BY n) AS k FROM bench.seed) r;
-- unlogged staging: rewrite once instead of updating in place
-- titles and descriptions from a few Vietnamese phrases; search_text is their normalized form, built from
-- the phrases' normalized forms (computed once per phrase, not per row)
CREATE TABLE bench.title AS
  SELECT k::int, t AS title, bench.search_text(t) AS title_n
  FROM unnest(ARRAY['Tấn công từ chối dịch vụ vào cổng thông tin', 'Thư điện tử giả mạo gửi tới cán bộ',
                    'Phát hiện mã độc trên máy tính bộ phận một cửa', 'Truy cập trái phép vào tài khoản quản trị',
                    'Trang thông tin điện tử bị thay đổi giao diện', 'Mã độc mã hóa dữ liệu đòi tiền chuộc',
                    'Dữ liệu hồ sơ bị xóa trái phép', 'Nghi ngờ lộ lọt dữ liệu cá nhân của người dân',
                    'Tấn công kết hợp nhiều hình thức', 'Sự cố an toàn thông tin khác']) WITH ORDINALITY u(t, k);
CREATE TABLE bench.sentence AS
  SELECT k::int, t AS sentence, bench.search_text(t) AS sentence_n
  FROM unnest(ARRAY['Máy tính đã được ngắt kết nối mạng, nhật ký hệ thống đã được sao lưu để phân tích.',
                    'Người dùng nhận được cảnh báo từ phần mềm phòng chống mã độc nhưng đã bỏ qua.',
                    'Nhiều người dân phản ánh không truy cập được dịch vụ công trực tuyến của xã.',
                    'Tài khoản thư điện tử công vụ gửi đi hàng loạt thư lạ tới các đơn vị khác.',
                    'Phát hiện tệp lạ trong thư mục chia sẻ và các tệp văn bản không mở được.']) WITH ORDINALITY u(t, k);
\set intro '\'Cán bộ đầu mối phát hiện sự cố lúc \''
\set outro '\' Đơn vị đề nghị bộ phận chuyên trách của huyện hỗ trợ kiểm tra, đánh giá mức độ ảnh hưởng và hướng dẫn khắc phục theo kế hoạch ứng phó sự cố.\''
\set secret '\'Tóm tắt: sự cố liên quan tài liệu mật, chi tiết lưu ngoài mạng.\''
CREATE UNLOGGED TABLE bench.incidents AS
  SELECT s.*, r.reference AS ref,
         ti.title || ' - ' || s.unit_code AS title,
         CASE WHEN s.state_secret THEN :secret ELSE :intro || x.at || '. ' || se.sentence || :outro END AS description,
         lower(r.reference) || ' ' || ti.title_n || ' - ' || lower(s.unit_code) || ' '
           || CASE WHEN s.state_secret THEN bench.search_text(:secret)
                   ELSE bench.search_text(:intro) || x.at || '. ' || se.sentence_n || bench.search_text(:outro) END AS search_text
  FROM bench.seed s
  JOIN seed_ref r USING (n)
  JOIN bench.title ti ON ti.k = array_position(ARRAY['DOS', 'PHISHING', 'MALWARE', 'UNAUTHORIZED_ACCESS', 'DEFACEMENT',
                                                     'RANSOMWARE', 'DESTRUCTION', 'DATA_THEFT', 'COMBINED', 'OTHER'], s.category)
  JOIN bench.sentence se ON se.k = 1 + floor(s.r_text * 5)::int
  CROSS JOIN LATERAL (SELECT to_char(s.detected_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'HH24:MI DD/MM/YYYY') AS at) x;
DROP TABLE bench.seed;
DROP TABLE seed_ref;
ALTER TABLE bench.incidents RENAME TO seed;
CREATE UNIQUE INDEX ON bench.seed (n);

\echo '  incidents'
INSERT INTO incident (id, reference, unit_code, title, description, category, status, severity, legal_class, tlp,
                      detected_at, reported_at, updated_at, beyond_capacity, state_secret, assignee, reported_by, version,
                      triaged_at, resolved_at, closed_at, resolution, rejection_reason, duplicate_of,
                      end_report_summary, end_report_root_cause, end_report_lessons, search_text)
SELECT id, ref, unit_code, title, description, category, status, severity, legal_class, tlp,
       detected_at, reported_at, updated_at, beyond_capacity, state_secret,
       CASE WHEN started THEN 'responder-' || lpad((n % 20 + 1)::text, 2, '0') END,
       'reporter-' || lower(unit_code), version, triaged_at, resolved_at, closed_at,
       CASE WHEN resolved THEN 'Đã cô lập máy bị ảnh hưởng, gỡ bỏ mã độc, khôi phục dữ liệu từ bản sao lưu và đổi mật khẩu các tài khoản liên quan.' END,
       CASE WHEN status = 'REJECTED' THEN CASE WHEN duplicate_of IS NOT NULL THEN 'Trùng với sự cố đã báo cáo trước đó'
                                              ELSE 'Không phải sự cố an toàn thông tin mạng' END END,
       duplicate_of,
       CASE WHEN status = 'CLOSED' THEN 'Sự cố đã được xử lý xong, hệ thống hoạt động bình thường.' END,
       CASE WHEN status = 'CLOSED' THEN 'Cán bộ mở tệp đính kèm trong thư điện tử không rõ nguồn gốc.' END,
       CASE WHEN status = 'CLOSED' THEN 'Tăng cường tuyên truyền, cập nhật phần mềm phòng chống mã độc định kỳ.' END,
       search_text
FROM bench.seed
ORDER BY n;

\echo '  affected systems, deadlines, escalations, assessments'
INSERT INTO incident_affected_system (incident_id, system_id)
SELECT s.id, so.id FROM bench.seed s JOIN bench.system_of so ON so.unit_index = s.unit_index AND so.slot = 1 + s.n % 2
WHERE s.has_system ORDER BY s.n;

-- NOTIFY (met by triage), INITIAL_REPORT (beyond capacity; met by escalation), END_REPORT (from resolve; met by close).
-- A rejected incident keeps only met clocks. A clock passed unmet was marked breached by the minute check.
CREATE UNLOGGED TABLE bench.deadline AS
SELECT s.n, s.id, d.kind, d.due_at, d.met_at,
       CASE WHEN d.due_at + interval '1 minute' < coalesce(d.met_at, s.t_end) THEN d.due_at + interval '1 minute' END AS breached_at
FROM bench.seed s
CROSS JOIN LATERAL (VALUES
    ('NOTIFY', s.detected_at + interval '5 days', s.triaged_at, true),
    ('INITIAL_REPORT', s.reported_at + interval '24 hours', s.escalated_at, s.beyond_capacity),
    ('END_REPORT', s.resolved_at + interval '5 days', s.closed_at, s.resolved)) d(kind, due_at, met_at, present)
WHERE d.present AND (s.status <> 'REJECTED' OR d.met_at IS NOT NULL);
INSERT INTO incident_deadline (incident_id, kind, due_at, met_at, breached_at)
SELECT id, kind, due_at, met_at, breached_at FROM bench.deadline ORDER BY n, kind;

INSERT INTO escalation (id, incident_id, status, reason, created_at, created_by, updated_at, version, initial_report,
                        acknowledged_at, acknowledged_by, completed_at)
SELECT gen_random_uuid(), id,
       CASE WHEN status <> 'ESCALATED' THEN 'COMPLETED' WHEN r_t4 < 0.5 THEN 'PENDING' ELSE 'ACKNOWLEDGED' END,
       'Vượt quá khả năng xử lý của đơn vị, đề nghị Đội ứng cứu của tỉnh hỗ trợ',
       escalated_at, 'coordinator-01',
       coalesce(resolved_at, CASE WHEN r_t4 >= 0.5 THEN escalated_at + (t_end - escalated_at) * 0.5 ELSE escalated_at END),
       CASE WHEN status <> 'ESCALATED' THEN 2 WHEN r_t4 < 0.5 THEN 0 ELSE 1 END,
       jsonb_build_object('reference', ref, 'unitCode', unit_code, 'category', category),
       CASE WHEN status <> 'ESCALATED' OR r_t4 >= 0.5 THEN escalated_at + (coalesce(resolved_at, t_end) - escalated_at) * 0.5 END,
       CASE WHEN status <> 'ESCALATED' OR r_t4 >= 0.5 THEN 'provincial-01' END,
       CASE WHEN status <> 'ESCALATED' THEN resolved_at END
FROM bench.seed WHERE escalated ORDER BY n;

INSERT INTO incident_assessment (incident_id, criteria_version, inputs, legal_class, computed_severity, severity,
                                 escalation_required, matched_rules, assessed_by, assessed_at, version)
SELECT id, (SELECT max(version) FROM severity_criteria),
       jsonb_build_object('impacts', '[]'::jsonb, 'ownerCanHandle', NOT beyond_capacity,
                          'functionalImpact', CASE severity WHEN 'LOW' THEN 'LOW' WHEN 'MEDIUM' THEN 'MEDIUM' ELSE 'HIGH' END,
                          'informationImpact', '["NONE"]'::jsonb, 'recoverability', 'REGULAR',
                          'affectedUnits', 1, 'affectedHosts', 1 + n % 5, 'override', NULL),
       legal_class, severity, severity, legal_class = 'SERIOUS' OR beyond_capacity,
       jsonb_build_array(
         jsonb_build_object('id', CASE legal_class WHEN 'SERIOUS' THEN 'serious-art9' ELSE 'normal-otherwise' END,
                            'outcome', legal_class, 'because', 'seeded'),
         jsonb_build_object('id', CASE severity WHEN 'CRITICAL' THEN 'critical-serious' WHEN 'HIGH' THEN 'high-functional-impact'
                                                WHEN 'MEDIUM' THEN 'medium-functional-impact' ELSE 'low-otherwise' END,
                            'outcome', severity, 'because', 'seeded')),
       'coordinator-01',
       reported_at + (coalesce(triaged_at, rejected_at, t_end) - reported_at) * 0.8, 0
FROM bench.seed WHERE assessed ORDER BY n;

\echo '  audit history'
-- the entries the service writes for these changes (CREATE, each transition, each breach mark);
-- ids above everything the first start wrote, 10 slots per incident
SELECT greatest(coalesce(max(id), 0), (SELECT last_value FROM audit_entry_seq)) + 1000 AS audit_base FROM audit_entry \gset
INSERT INTO audit_entry (id, occurred_at, actor, entity_type, entity_id, action, changes, request_id)
SELECT :audit_base + (s.n - 1) * 10 + a.slot, a.at, a.actor, 'INCIDENT', s.id::text, a.action, a.changes,
       'seed-' || s.n || '-' || a.slot
FROM bench.seed s
CROSS JOIN LATERAL (VALUES
  (0, 'CREATE', s.reported_at, 'reporter-' || lower(s.unit_code), jsonb_build_array(
      jsonb_build_object('field', 'reference', 'from', NULL, 'to', s.ref),
      jsonb_build_object('field', 'unitCode', 'from', NULL, 'to', s.unit_code),
      jsonb_build_object('field', 'title', 'from', NULL, 'to', s.title),
      jsonb_build_object('field', 'description', 'from', NULL, 'to', s.description),
      jsonb_build_object('field', 'category', 'from', NULL, 'to', s.category),
      jsonb_build_object('field', 'status', 'from', NULL, 'to', 'NEW'),
      jsonb_build_object('field', 'tlp', 'from', NULL, 'to', s.tlp),
      jsonb_build_object('field', 'detectedAt', 'from', NULL, 'to', bench.iso(s.detected_at)),
      jsonb_build_object('field', 'beyondCapacity', 'from', NULL, 'to', s.beyond_capacity),
      jsonb_build_object('field', 'stateSecret', 'from', NULL, 'to', s.state_secret))),
  (1, CASE WHEN s.triaged_at IS NOT NULL THEN 'TRIAGE' END, s.triaged_at, 'coordinator-01', jsonb_build_array(
      jsonb_build_object('field', 'status', 'from', 'NEW', 'to', 'TRIAGED'),
      jsonb_build_object('field', 'deadline.NOTIFY.metAt', 'from', NULL, 'to', bench.iso(s.triaged_at)))),
  (2, CASE WHEN s.escalated THEN 'ESCALATE' END, s.escalated_at, 'coordinator-01', jsonb_build_array(
      jsonb_build_object('field', 'status', 'from', 'TRIAGED', 'to', 'ESCALATED'))),
  (3, CASE WHEN s.started THEN 'START' END, s.started_at, 'responder-' || lpad((s.n % 20 + 1)::text, 2, '0'), jsonb_build_array(
      jsonb_build_object('field', 'status', 'from', CASE WHEN s.escalated THEN 'ESCALATED' ELSE 'TRIAGED' END, 'to', 'IN_PROGRESS'))),
  (4, CASE WHEN s.resolved THEN 'RESOLVE' END, s.resolved_at, 'responder-' || lpad((s.n % 20 + 1)::text, 2, '0'), jsonb_build_array(
      jsonb_build_object('field', 'status', 'from', 'IN_PROGRESS', 'to', 'RESOLVED'),
      jsonb_build_object('field', 'deadline.END_REPORT.dueAt', 'from', NULL, 'to', bench.iso(s.resolved_at + interval '5 days')))),
  (5, CASE WHEN s.status = 'CLOSED' THEN 'CLOSE' WHEN s.status = 'REJECTED' THEN 'REJECT' END,
      coalesce(s.closed_at, s.rejected_at), 'coordinator-01', jsonb_build_array(
      jsonb_build_object('field', 'status', 'from', CASE WHEN s.status = 'CLOSED' THEN 'RESOLVED' WHEN s.triaged THEN 'TRIAGED' ELSE 'NEW' END,
                         'to', s.status)))
) a(slot, action, at, actor, changes)
WHERE a.action IS NOT NULL
UNION ALL
SELECT :audit_base + (d.n - 1) * 10 + 5 + CASE d.kind WHEN 'NOTIFY' THEN 1 WHEN 'INITIAL_REPORT' THEN 2 ELSE 3 END,
       d.breached_at, 'system', 'INCIDENT', d.id::text, 'DEADLINE_BREACHED',
       jsonb_build_array(jsonb_build_object('field', 'deadline.' || d.kind || '.breachedAt', 'from', NULL, 'to', bench.iso(d.breached_at)),
                         jsonb_build_object('field', 'deadline.' || d.kind || '.dueAt', 'from', NULL, 'to', bench.iso(d.due_at))),
       'seed-' || d.n || '-' || d.kind
FROM bench.deadline d WHERE d.breached_at IS NOT NULL;
SELECT setval('audit_entry_seq', (SELECT max(id) FROM audit_entry) + 50);

\echo '  reference counters'
-- creates during the benchmark continue each year's numbering where the seed stopped
INSERT INTO incident_reference_counter (year, last_value)
SELECT year, count(*) FROM bench.seed GROUP BY year
ON CONFLICT (year) DO UPDATE SET last_value = greatest(incident_reference_counter.last_value, EXCLUDED.last_value);

-- keep the staging tables' sizes out of the way; bench.uuid7 stays for the pgbench scripts
DROP TABLE bench.seed, bench.deadline, bench.system_of, bench.title, bench.sentence;

-- what run.sh needs to reuse this database (BENCH_REUSE=1) and to recompute seeded ids
CREATE TABLE bench.params AS
  SELECT :incidents::bigint AS incidents, :t_end_ms::bigint AS t_end_ms, :span_ms::bigint AS span_ms, now() AS seeded_at;
