-- Seeds the benchmark database through the real schema (created beforehand by the service's own
-- Liquibase run): units, information systems, :incidents incidents over the 2 years before :t_end_ms,
-- each under the regime in force on its detection day (regime_version), their obligations (incident_deadline),
-- assessments, escalations, official reports, affected systems and audit history, and the reference
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

-- bench.instant, the JSON functions and bench.new_uuid7 (also applied by run.sh on a reused database)
\ir pgbench/functions.sql

-- A version-7 UUID (time-ordered, like vn.ungcuu.persistence.Ids) that is a pure function of (ms, n).
CREATE FUNCTION bench.uuid7(ms bigint, n bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (lpad(to_hex(ms), 12, '0') || '7' || lpad(to_hex((n * 2654435761) % 4096), 3, '0')
          || to_hex(8 + n % 4) || lpad(to_hex(n), 15, '0'))::uuid
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

-- The regimes as stored by the first start (the latest version of each, as RegimeStore.latest): an incident's
-- regime is the one in force on the local day it was detected (RegimeStore.inForceAt), vn-2017 before
-- 2026-07-01 and vn-2026 from then on with the shipped files.
CREATE TABLE bench.regime AS
  SELECT r.id, r.version, (r.document ->> 'inForceFrom')::date AS from_day, (r.document ->> 'inForceTo')::date AS to_day
  FROM regime_version r WHERE r.version = (SELECT max(v.version) FROM regime_version v WHERE v.id = r.id);

\echo '  staging the incidents'
CREATE UNLOGGED TABLE bench.seed AS
WITH b AS (
  SELECT n, :t_end_ms - :span_ms + ((n - 1) * :span_ms) / :incidents AS ms,
         random() AS r_unit, random() AS r_status, random() AS r_cat, random() AS r_sev, random() AS r_tlp,
         random() AS r_flag, random() AS r_det, random() AS r_t1, random() AS r_t2, random() AS r_t3,
         random() AS r_t4, random() AS r_x, random() AS r_text, random() AS r_rep
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
), t6 AS (
  SELECT t5.*, rg.id AS regime_id, rg.version AS regime_version,
         CASE WHEN assessed THEN reported_at + (coalesce(triaged_at, rejected_at, t_end) - reported_at) * 0.8 END AS assessed_at,
         -- vn-2026: most triaged incidents send their 72-hour report (REPORT_72H) a few hours after triage
         CASE WHEN rg.id = 'vn-2026' AND triaged AND r_rep < 0.85
              THEN triaged_at + least((t_end - triaged_at) * 0.5, interval '1 hour' + (r_rep / 0.85) * interval '8 hours') END AS report_at
  FROM t5
  CROSS JOIN LATERAL (
    SELECT r.id, r.version FROM bench.regime r,
           LATERAL (SELECT (t5.detected_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS day) d
    -- the latest-starting regime whose dates hold that day; before every regime, the earliest
    ORDER BY d.day >= r.from_day AND (r.to_day IS NULL OR d.day < r.to_day) DESC,
             CASE WHEN d.day >= r.from_day AND (r.to_day IS NULL OR d.day < r.to_day) THEN r.from_day END DESC NULLS LAST,
             r.from_day LIMIT 1) rg
), t7 AS (
  SELECT t6.*, CASE WHEN report_at < coalesce(rejected_at, 'infinity') THEN report_at END AS report_sent_at
  FROM t6
)
SELECT n, ms, id, unit_index, unit_code, category, status, tlp, beyond_capacity, state_secret, recent,
       triaged, escalated, started, resolved, assessed, r_x, r_t4, r_text,
       reported_at, detected_at, triaged_at, escalated_at, started_at, resolved_at, rejected_at, closed_at, t_end,
       regime_id, regime_version, assessed_at, report_sent_at AS report_at,
       CASE WHEN report_sent_at IS NOT NULL THEN gen_random_uuid() END AS report_id,
       CASE WHEN escalated THEN gen_random_uuid() END AS escalation_id,
       CASE WHEN assessed THEN
         CASE WHEN r_sev < 0.40 THEN 'LOW' WHEN r_sev < 0.75 THEN 'MEDIUM' WHEN r_sev < 0.95 THEN 'HIGH' ELSE 'CRITICAL' END END AS severity,
       CASE WHEN NOT assessed THEN NULL WHEN r_sev >= 0.91 THEN 'SERIOUS' ELSE 'NORMAL' END AS legal_class,
       (extract(year FROM reported_at AT TIME ZONE 'Asia/Ho_Chi_Minh'))::int AS year,
       greatest(reported_at, triaged_at, escalated_at, started_at, resolved_at, rejected_at, closed_at, report_sent_at) AS updated_at,
       (CASE WHEN assessed THEN 1 ELSE 0 END + CASE WHEN triaged THEN 1 ELSE 0 END + CASE WHEN escalated THEN 1 ELSE 0 END
        + CASE WHEN started THEN 1 ELSE 0 END + CASE WHEN resolved THEN 1 ELSE 0 END
        + CASE WHEN status IN ('CLOSED', 'REJECTED') THEN 1 ELSE 0 END
        + CASE WHEN report_sent_at IS NOT NULL THEN 1 ELSE 0 END)::bigint AS version,
       CASE WHEN status = 'REJECTED' AND r_x >= 0.5 AND r_x < 0.65 AND n > 1
            THEN bench.uuid7(:t_end_ms - :span_ms + ((n - 2) * :span_ms) / :incidents, n - 1) END AS duplicate_of,
       CASE WHEN status = 'REJECTED' THEN CASE WHEN r_x >= 0.5 AND r_x < 0.65 AND n > 1 THEN 'Trùng với sự cố đã báo cáo trước đó'
                                              ELSE 'Không phải sự cố an toàn thông tin mạng' END END AS rejection_reason,
       r_x >= 0.75 AS has_system
FROM t7;
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

\set resolution '\'Đã cô lập máy bị ảnh hưởng, gỡ bỏ mã độc, khôi phục dữ liệu từ bản sao lưu và đổi mật khẩu các tài khoản liên quan.\''
\set summary '\'Sự cố đã được xử lý xong, hệ thống hoạt động bình thường.\''
\set root_cause '\'Cán bộ mở tệp đính kèm trong thư điện tử không rõ nguồn gốc.\''
\set lessons '\'Tăng cường tuyên truyền, cập nhật phần mềm phòng chống mã độc định kỳ.\''
\set escalation_reason '\'Vượt quá khả năng xử lý của đơn vị, đề nghị Đội ứng cứu của tỉnh hỗ trợ\''

\echo '  incidents'
INSERT INTO incident (id, reference, unit_code, title, description, category, status, severity, legal_class, tlp,
                      detected_at, reported_at, updated_at, beyond_capacity, state_secret, assignee, reported_by, version,
                      triaged_at, resolved_at, closed_at, resolution, rejection_reason, duplicate_of,
                      end_report_summary, end_report_root_cause, end_report_lessons, search_text, regime_id, regime_version)
SELECT id, ref, unit_code, title, description, category, status, severity, legal_class, tlp,
       detected_at, reported_at, updated_at, beyond_capacity, state_secret,
       CASE WHEN started THEN 'responder-' || lpad((n % 20 + 1)::text, 2, '0') END,
       'reporter-' || lower(unit_code), version, triaged_at, resolved_at, closed_at,
       CASE WHEN resolved THEN :resolution END,
       rejection_reason, duplicate_of,
       CASE WHEN status = 'CLOSED' THEN :summary END,
       CASE WHEN status = 'CLOSED' THEN :root_cause END,
       CASE WHEN status = 'CLOSED' THEN :lessons END,
       search_text, regime_id, regime_version
FROM bench.seed
ORDER BY n;

\echo '  affected systems, deadlines, escalations, assessments'
INSERT INTO incident_affected_system (incident_id, system_id)
SELECT s.id, so.id FROM bench.seed s JOIN bench.system_of so ON so.unit_index = s.unit_index AND so.slot = 1 + s.n % 2
WHERE s.has_system ORDER BY s.n;

-- The obligations the service starts under each incident's regime (Obligations.start; a kind must exist in its
-- regime version, the service throws otherwise), in the rows it writes (recipient, regime version, starts_at):
--   vn-2017: NOTIFY (on filing, due detected + 5 days, met by triage), INITIAL_REPORT (beyond capacity, due
--            reported + 24 h, met by escalation), END_REPORT (from resolve, due resolved + 5 days, met by close);
--   vn-2026: REPORT_72H (on filing, due detected + 72 h, met by the official report most triaged ones send a few
--            hours after triage), INITIAL_NOTICE (on assessment when serious, due detected + 24 h).
-- A rejection waives the open ones ("REJECT: " and the reason, ObligationRules). A clock passed unmet (before it
-- was met or waived) was marked breached by the minute check.
CREATE UNLOGGED TABLE bench.deadline AS
SELECT n, id, regime_id, regime_version, kind, starts_at, due_at, recipient, met_at, met_by,
       CASE WHEN met_at IS NOT NULL THEN 'MET' WHEN waived_at IS NOT NULL THEN 'WAIVED' ELSE 'OPEN' END AS status,
       waived_at, CASE WHEN waived_at IS NOT NULL THEN 'REJECT: ' || rejection_reason END AS waived_reason,
       CASE WHEN due_at + interval '1 minute' < coalesce(met_at, waived_at, t_end) THEN due_at + interval '1 minute' END AS breached_at
FROM (
  SELECT s.n, s.id, s.regime_id, s.regime_version, d.kind, d.starts_at, d.due_at, d.recipient, d.met_at, d.met_by,
         CASE WHEN d.met_at IS NULL AND s.status = 'REJECTED' THEN s.rejected_at END AS waived_at, s.rejection_reason, s.t_end
  FROM bench.seed s
  CROSS JOIN LATERAL (VALUES
      ('vn-2017', 'NOTIFY', s.reported_at, s.detected_at + interval '5 days', 'RESPONSE-TEAM', s.triaged_at, NULL::uuid, true),
      ('vn-2017', 'INITIAL_REPORT', s.reported_at, s.reported_at + interval '24 hours', 'RESPONSE-TEAM', s.escalated_at, NULL, s.beyond_capacity),
      ('vn-2017', 'END_REPORT', s.resolved_at, s.resolved_at + interval '5 days', 'RESPONSE-TEAM', s.closed_at, NULL, s.resolved),
      ('vn-2026', 'INITIAL_NOTICE', s.assessed_at, s.detected_at + interval '24 hours', 'PA05', NULL, NULL, s.legal_class = 'SERIOUS'),
      ('vn-2026', 'REPORT_72H', s.reported_at, s.detected_at + interval '72 hours', 'PA05', s.report_at, s.report_id, true)
    ) d(regime, kind, starts_at, due_at, recipient, met_at, met_by, present)
  WHERE d.regime = s.regime_id AND d.present
) d;

-- the REPORT_72H reports that met those obligations (OfficialReportService: content per the report kind)
INSERT INTO official_report (id, incident_id, kind, regime_id, regime_version, recipient, sent_at, channel,
                             document_number, content, met, recorded_by, recorded_at)
SELECT report_id, id, 'REPORT_72H', regime_id, regime_version, 'PA05', report_at, 'DOCUMENT_SYSTEM',
       n || '/BC-' || unit_code,
       jsonb_build_object('cause', 'Cán bộ mở tệp đính kèm trong thư điện tử không rõ nguồn gốc.',
                          'scope', 'Một máy tính của bộ phận một cửa; không có dữ liệu bị mất.',
                          'measuresTaken', 'Ngắt kết nối mạng, quét mã độc, khôi phục từ bản sao lưu.',
                          'status', 'Đang theo dõi.', 'supportRequested', 'Không.'),
       '{REPORT_72H}', 'reporter-' || lower(unit_code), report_at
FROM bench.seed WHERE report_id IS NOT NULL ORDER BY n;

INSERT INTO incident_deadline (incident_id, kind, status, starts_at, due_at, recipient, met_at, met_by, waived_at,
                               waived_reason, breached_at, regime_id, regime_version)
SELECT id, kind, status, starts_at, due_at, recipient, met_at, met_by, waived_at, waived_reason, breached_at,
       regime_id, regime_version
FROM bench.deadline ORDER BY n, kind;

INSERT INTO escalation (id, incident_id, status, reason, created_at, created_by, updated_at, version, initial_report,
                        acknowledged_at, acknowledged_by, completed_at)
SELECT escalation_id, id,
       CASE WHEN status <> 'ESCALATED' THEN 'COMPLETED' WHEN r_t4 < 0.5 THEN 'PENDING' ELSE 'ACKNOWLEDGED' END,
       :escalation_reason, escalated_at, 'coordinator-01',
       coalesce(resolved_at, CASE WHEN r_t4 >= 0.5 THEN escalated_at + (t_end - escalated_at) * 0.5 ELSE escalated_at END),
       CASE WHEN status <> 'ESCALATED' THEN 2 WHEN r_t4 < 0.5 THEN 0 ELSE 1 END,
       jsonb_build_object('reference', ref, 'unitCode', unit_code, 'category', category),
       CASE WHEN status <> 'ESCALATED' OR r_t4 >= 0.5 THEN escalated_at + (coalesce(resolved_at, t_end) - escalated_at) * 0.5 END,
       CASE WHEN status <> 'ESCALATED' OR r_t4 >= 0.5 THEN 'provincial-01' END,
       CASE WHEN status <> 'ESCALATED' THEN resolved_at END
FROM bench.seed WHERE escalated ORDER BY n;

SELECT max(version) AS criteria_version FROM severity_criteria \gset
INSERT INTO incident_assessment (incident_id, criteria_version, inputs, legal_class, computed_severity, severity,
                                 escalation_required, matched_rules, assessed_by, assessed_at, version)
SELECT id, :criteria_version,
       jsonb_build_object('impacts', '[]'::jsonb, 'ownerCanHandle', NOT beyond_capacity,
                          'functionalImpact', CASE severity WHEN 'LOW' THEN 'LOW' WHEN 'MEDIUM' THEN 'MEDIUM' ELSE 'HIGH' END,
                          'informationImpact', '["NONE"]'::jsonb, 'recoverability', 'REGULAR',
                          'affectedUnits', 1, 'affectedHosts', 1 + n % 5, 'override', NULL)
       -- vn-2026 asks whether the deploying body judges it serious (which starts INITIAL_NOTICE), and why
       || CASE WHEN regime_id = 'vn-2026' AND legal_class = 'SERIOUS'
               THEN jsonb_build_object('serious', true, 'seriousReason', 'Hệ thống một cửa điện tử ngừng phục vụ người dân')
               ELSE '{}'::jsonb END,
       legal_class, severity, severity, legal_class = 'SERIOUS' OR beyond_capacity,
       jsonb_build_array(
         jsonb_build_object('id', CASE legal_class WHEN 'SERIOUS' THEN 'serious-art9' ELSE 'normal-otherwise' END,
                            'outcome', legal_class, 'because', 'seeded'),
         jsonb_build_object('id', CASE severity WHEN 'CRITICAL' THEN 'critical-serious' WHEN 'HIGH' THEN 'high-functional-impact'
                                                WHEN 'MEDIUM' THEN 'medium-functional-impact' ELSE 'low-otherwise' END,
                            'outcome', severity, 'because', 'seeded')),
       'coordinator-01', assessed_at, 0
FROM bench.seed WHERE assessed ORDER BY n;

\echo '  audit history'
-- The entries the service writes for these changes, with the same field changes in the same order (Changes):
-- CREATE (with the regime and the obligations started at filing), ASSESS (with those the assessment started),
-- each transition (with what it met, started or waived), REPORT_RECORDED (vn-2026: the 72-hour report and the
-- obligation it met), each breach mark. Ids above everything the first start wrote, 10 slots per incident.
-- The changes are written as JSON text and parsed once per entry (jsonb_build_object per change costs 3× more).
CREATE FUNCTION bench.change(field text, value text, before text DEFAULT 'null') RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '{"field": "' || field || '", "from": ' || before || ', "to": ' || value || '}'
$$;
-- a JSON string of text that needs no escaping (codes, instants, ids)
CREATE FUNCTION bench.q(value text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT '"' || value || '"'
$$;
-- the changes present (NULL: a change this entry does not hold) as one JSON array
CREATE FUNCTION bench.changes(VARIADIC c text[]) RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT ('[' || array_to_string(c, ', ') || ']')::jsonb
$$;
SELECT greatest(coalesce(max(id), 0), (SELECT last_value FROM audit_entry_seq)) + 1000 AS audit_base FROM audit_entry \gset
CREATE UNLOGGED TABLE bench.audit AS
  SELECT s.*, s.regime_id = 'vn-2017' AS v2017, s.regime_id = 'vn-2026' AS v2026, so.id AS system_id,
         to_json('REJECT: ' || s.rejection_reason)::text AS waived_reason,
         'responder-' || lpad((s.n % 20 + 1)::text, 2, '0') AS responder
  FROM bench.seed s LEFT JOIN bench.system_of so ON s.has_system AND so.unit_index = s.unit_index AND so.slot = 1 + s.n % 2;
INSERT INTO audit_entry (id, occurred_at, actor, entity_type, entity_id, action, changes, request_id)
SELECT :audit_base + (n - 1) * 10 + slot, at, actor, 'INCIDENT', id::text, action, changes, 'seed-' || n || '-' || slot
FROM (
  SELECT n, id, 0 AS slot, 'CREATE' AS action, reported_at AS at, 'reporter-' || lower(unit_code) AS actor, bench.changes(
      bench.change('reference', bench.q(ref)), bench.change('unitCode', bench.q(unit_code)),
      bench.change('title', to_json(title)::text), bench.change('description', to_json(description)::text),
      bench.change('category', bench.q(category)), bench.change('status', '"NEW"'),
      bench.change('tlp', bench.q(tlp)), bench.change('detectedAt', bench.q(bench.instant(detected_at))),
      bench.change('affectedSystemIds', '[' || bench.q(system_id::text) || ']'),
      bench.change('beyondCapacity', beyond_capacity::text), bench.change('stateSecret', state_secret::text),
      bench.change('regime', '{"id": "' || regime_id || '", "version": ' || regime_version || '}'),
      CASE WHEN v2017 THEN bench.change('deadline.NOTIFY.dueAt', bench.q(bench.instant(detected_at + interval '5 days'))) END,
      CASE WHEN v2017 AND beyond_capacity
           THEN bench.change('deadline.INITIAL_REPORT.dueAt', bench.q(bench.instant(reported_at + interval '24 hours'))) END,
      CASE WHEN v2026 THEN bench.change('deadline.REPORT_72H.dueAt', bench.q(bench.instant(detected_at + interval '72 hours'))) END) AS changes
  FROM bench.audit
  UNION ALL
  SELECT n, id, 1, 'ASSESS', assessed_at, 'coordinator-01', bench.changes(
      bench.change('severity', bench.q(severity)), bench.change('legalClass', bench.q(legal_class)),
      bench.change('assessment.criteriaVersion', :'criteria_version'),
      bench.change('assessment.computedSeverity', bench.q(severity)),
      bench.change('assessment.escalationRequired', (legal_class = 'SERIOUS' OR beyond_capacity)::text),
      bench.change('assessment.matchedRules', '["' || CASE legal_class WHEN 'SERIOUS' THEN 'serious-art9' ELSE 'normal-otherwise' END
        || '", "' || CASE severity WHEN 'CRITICAL' THEN 'critical-serious' WHEN 'HIGH' THEN 'high-functional-impact'
                                   WHEN 'MEDIUM' THEN 'medium-functional-impact' ELSE 'low-otherwise' END || '"]'),
      CASE WHEN v2026 AND legal_class = 'SERIOUS' THEN bench.change('assessment.regimeAnswers', '{"serious": true}') END,
      CASE WHEN v2026 AND legal_class = 'SERIOUS'
           THEN bench.change('assessment.seriousReason', '"Hệ thống một cửa điện tử ngừng phục vụ người dân"') END,
      CASE WHEN v2026 AND legal_class = 'SERIOUS'
           THEN bench.change('deadline.INITIAL_NOTICE.dueAt', bench.q(bench.instant(detected_at + interval '24 hours'))) END)
  FROM bench.audit WHERE assessed
  UNION ALL
  SELECT n, id, 2, 'TRIAGE', triaged_at, 'coordinator-01', bench.changes(
      bench.change('status', '"TRIAGED"', '"NEW"'), bench.change('triagedAt', bench.q(bench.instant(triaged_at))),
      CASE WHEN v2017 THEN bench.change('deadline.NOTIFY.metAt', bench.q(bench.instant(triaged_at))) END)
  FROM bench.audit WHERE triaged
  UNION ALL
  SELECT n, id, 3, 'ESCALATE', escalated_at, 'coordinator-01', bench.changes(
      bench.change('status', '"ESCALATED"', '"TRIAGED"'), bench.change('escalation.id', bench.q(escalation_id::text)),
      bench.change('reason', to_json(:escalation_reason::text)::text),
      CASE WHEN v2017 AND beyond_capacity THEN bench.change('deadline.INITIAL_REPORT.metAt', bench.q(bench.instant(escalated_at))) END)
  FROM bench.audit WHERE escalated
  UNION ALL
  SELECT n, id, 4, 'START', started_at, responder, bench.changes(
      bench.change('status', '"IN_PROGRESS"', CASE WHEN escalated THEN '"ESCALATED"' ELSE '"TRIAGED"' END))
  FROM bench.audit WHERE started
  UNION ALL
  SELECT n, id, 5, 'RESOLVE', resolved_at, responder, bench.changes(
      bench.change('status', '"RESOLVED"', '"IN_PROGRESS"'), bench.change('resolution', to_json(:resolution::text)::text),
      bench.change('resolvedAt', bench.q(bench.instant(resolved_at))),
      CASE WHEN v2017 THEN bench.change('deadline.END_REPORT.dueAt', bench.q(bench.instant(resolved_at + interval '5 days'))) END)
  FROM bench.audit WHERE resolved
  UNION ALL
  SELECT n, id, 6, 'CLOSE', closed_at, 'coordinator-01', bench.changes(
      bench.change('status', '"CLOSED"', '"RESOLVED"'),
      bench.change('endReport', json_build_object('summary', :summary::text, 'rootCause', :root_cause::text,
                                                  'lessonsLearned', :lessons::text)::text),
      bench.change('closedAt', bench.q(bench.instant(closed_at))),
      CASE WHEN v2017 THEN bench.change('deadline.END_REPORT.metAt', bench.q(bench.instant(closed_at))) END)
  FROM bench.audit WHERE status = 'CLOSED'
  UNION ALL
  SELECT n, id, 6, 'REJECT', rejected_at, 'coordinator-01', bench.changes(
      bench.change('status', '"REJECTED"', CASE WHEN triaged THEN '"TRIAGED"' ELSE '"NEW"' END),
      bench.change('rejectionReason', to_json(rejection_reason)::text),
      bench.change('duplicateOf', bench.q(duplicate_of::text)),
      -- the open obligations it waived
      CASE WHEN v2017 AND NOT triaged THEN bench.change('deadline.NOTIFY.waivedReason', waived_reason) END,
      CASE WHEN v2017 AND beyond_capacity THEN bench.change('deadline.INITIAL_REPORT.waivedReason', waived_reason) END,
      CASE WHEN v2026 AND legal_class = 'SERIOUS' THEN bench.change('deadline.INITIAL_NOTICE.waivedReason', waived_reason) END,
      CASE WHEN v2026 AND report_at IS NULL THEN bench.change('deadline.REPORT_72H.waivedReason', waived_reason) END)
  FROM bench.audit WHERE status = 'REJECTED'
  UNION ALL
  SELECT n, id, 7, 'REPORT_RECORDED', report_at, 'reporter-' || lower(unit_code), bench.changes(
      bench.change('report.id', bench.q(report_id::text)), bench.change('report.kind', '"REPORT_72H"'),
      bench.change('report.recipient', '"PA05"'), bench.change('report.sentAt', bench.q(bench.instant(report_at))),
      bench.change('report.channel', '"DOCUMENT_SYSTEM"'), bench.change('report.documentNumber', bench.q(n || '/BC-' || unit_code)),
      bench.change('deadline.REPORT_72H.metAt', bench.q(bench.instant(report_at))),
      bench.change('deadline.REPORT_72H.metBy', bench.q(report_id::text)))
  FROM bench.audit WHERE report_id IS NOT NULL
  UNION ALL
  SELECT n, id, CASE kind WHEN 'NOTIFY' THEN 7 WHEN 'INITIAL_REPORT' THEN 8 WHEN 'END_REPORT' THEN 9 WHEN 'INITIAL_NOTICE' THEN 8 ELSE 9 END,
         'DEADLINE_BREACHED', breached_at, 'system',
         bench.changes(bench.change('deadline.' || kind || '.breachedAt', bench.q(bench.instant(breached_at))),
                       bench.change('deadline.' || kind || '.dueAt', bench.q(bench.instant(due_at))))
  FROM bench.deadline WHERE breached_at IS NOT NULL
) a
ORDER BY n, slot;
SELECT setval('audit_entry_seq', (SELECT max(id) FROM audit_entry) + 50);

\echo '  reference counters'
-- creates during the benchmark continue each year's numbering where the seed stopped
INSERT INTO incident_reference_counter (year, last_value)
SELECT year, count(*) FROM bench.seed GROUP BY year
ON CONFLICT (year) DO UPDATE SET last_value = greatest(incident_reference_counter.last_value, EXCLUDED.last_value);

-- keep the staging tables' sizes out of the way; bench.uuid7 stays for the pgbench scripts
DROP TABLE bench.seed, bench.audit, bench.deadline, bench.system_of, bench.title, bench.sentence, bench.regime;
DROP FUNCTION bench.change, bench.q, bench.changes;

-- what run.sh needs to reuse this database (BENCH_REUSE=1) and to recompute seeded ids
CREATE TABLE bench.params AS
  SELECT :incidents::bigint AS incidents, :t_end_ms::bigint AS t_end_ms, :span_ms::bigint AS span_ms, now() AS seeded_at;
