-- The benchmark's functions in the schema bench (the application's schema is untouched): what the seed needs
-- (bench.instant) and the "same work in PostgreSQL" of issue 21, which run.sh measures next to the service:
--   bench.get_json(id)                  the JSON document GET /api/v1/incidents/{id} answers
--   bench.list_json(status, unit, n)    the page GET /api/v1/incidents?status=S&unitCode=U&limit=n answers
--   bench.deep_json(at, id, n)          the page GET /api/v1/incidents?limit=n&cursor=<after (at, id)> answers
--   bench.create_incident(...)          the rows POST /api/v1/incidents writes, in the caller's transaction
-- Each JSON function is one statement (json_build_object/json_agg over the same tables), in plpgsql so that its
-- plan is cached per session as the service's prepared statements are. run.sh applies this file on every run
-- (CREATE OR REPLACE), seed.sql includes it before seeding.
CREATE SCHEMA IF NOT EXISTS bench;

-- An instant as Jackson writes java.time.Instant (and as Instant.toString, DateTimeFormatter.ISO_INSTANT): UTC,
-- 'Z', the fraction only when there is one, in groups of 3 digits (PostgreSQL keeps microseconds): one to_char
-- with 6 digits, then ".000000Z" becomes "Z" and a trailing "000Z" becomes "Z" (checked against the CASE of
-- date_trunc tests it replaced for every microsecond of a second). Inlined by the planner wherever it is used
-- (STABLE: to_char is); the JSON documents hold up to 20 instants each, so its cost shows.
CREATE OR REPLACE FUNCTION bench.instant(t timestamptz) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT replace(replace(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), '.000000Z', 'Z'), '000Z', 'Z')
$$;

-- The list's keyset cursor after a row of the default order, as vn.ungcuu.paging.Cursor encodes it: the scope
-- "incidents:-createdAt", the row's reportedAt (Instant.toString) and id, joined by U+001F, base64url without
-- padding.
CREATE OR REPLACE FUNCTION bench.cursor(at timestamptz, id uuid) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT rtrim(translate(encode(convert_to('incidents:-createdAt' || chr(31) || bench.instant(at) || chr(31) || id, 'UTF8'),
                                'base64'), E'+/\n', '-_'), '=')
$$;

-- java.util.UUID's order (what incident.affectedSystemIds.stream().sorted() uses): the two 64-bit halves compared
-- as signed longs, which differs from PostgreSQL's unsigned byte order when a half has its top bit set.
CREATE OR REPLACE FUNCTION bench.java_uuid_msb(u uuid) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ('x' || substr(replace(u::text, '-', ''), 1, 16))::bit(64)::bigint
$$;
CREATE OR REPLACE FUNCTION bench.java_uuid_lsb(u uuid) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ('x' || substr(replace(u::text, '-', ''), 17, 16))::bit(64)::bigint
$$;

-- Every stored regime version's obligations, read from its JSON document in regime_version once per statement,
-- by "<id>@<version>/<KIND>": {"rank": <position in the file>, "title": {vi, en}, "legalBasis": {document,
-- article, subject}} (one flat level: each look-up copies only the small object it finds). The service parses
-- each version once and keeps it (RegimeStore); here it is re-read on every statement (2 rows, their documents
-- detoasted once).
CREATE OR REPLACE FUNCTION bench.regime_rules() RETURNS jsonb LANGUAGE sql STABLE AS $$
  SELECT jsonb_object_agg(r.id || '@' || r.version || '/' || (o.rule ->> 'kind'), jsonb_build_object(
           'rank', o.k - 1,
           'title', jsonb_build_object('vi', o.rule -> 'title' -> 'vi', 'en', o.rule -> 'title' -> 'en'),
           'legalBasis', jsonb_build_object('document', o.rule -> 'legalBasis' -> 'document',
                                            'article', o.rule -> 'legalBasis' -> 'article',
                                            'subject', o.rule -> 'legalBasis' -> 'subject')))
  FROM regime_version r, jsonb_array_elements(r.document -> 'obligations') WITH ORDINALITY o(rule, k)
$$;

-- The JSON functions, generated from one text of the incident document (so that it is written once and yet
-- inlined into each statement: a SQL function with subqueries is never inlined by the planner, and calling one
-- per row would plan it again on every statement).
--
-- The document: one incident as the API answers it (vn.ungcuu.incident.IncidentView, DeadlineView), every field,
-- nested arrays included, each nested array an index scan of the same statement. Its statement provides the CTE
-- r (rules: what bench.regime_rules() returns; at: the request's instant, against which breached is computed; today: the
-- district's local day, for successions) and the incident as i.
--   currentUnitCode: one step of unit_succession (the unit's only successor effective by today), not the service's
--   whole chain of single successors (UnitMap.current); the seeded database has no successions.
DO $generate$
DECLARE
  -- bench.regime_rules()'s query itself: as a function call it would be planned again on every statement
  rules CONSTANT text := format($rules$
    SELECT (%s) AS rules, now() AS at, (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS today
  $rules$, (SELECT prosrc FROM pg_proc WHERE oid = 'bench.regime_rules()'::regprocedure));
  item CONSTANT text := $item$
    json_build_object(
      'id', i.id, 'reference', i.reference, 'unitCode', i.unit_code,
      'currentUnitCode', coalesce((SELECT min(s.successor_code) FROM unit_succession s
                                   WHERE s.predecessor_code = i.unit_code AND s.effective_at <= (SELECT r.today FROM r)
                                   HAVING count(*) = 1), i.unit_code),
      'title', i.title, 'description', i.description, 'category', i.category, 'status', i.status,
      'severity', i.severity, 'legalClass', i.legal_class, 'tlp', i.tlp,
      'detectedAt', bench.instant(i.detected_at), 'reportedAt', bench.instant(i.reported_at),
      'updatedAt', bench.instant(i.updated_at),
      -- sorted as java.util.UUID sorts (IncidentView: affectedSystemIds.stream().sorted())
      'affectedSystemIds', coalesce((SELECT json_agg(a.system_id ORDER BY bench.java_uuid_msb(a.system_id),
                                                                           bench.java_uuid_lsb(a.system_id))
                                     FROM incident_affected_system a WHERE a.incident_id = i.id), '[]'),
      'beyondCapacity', i.beyond_capacity, 'stateSecret', i.state_secret, 'assignee', i.assignee,
      'reportedBy', i.reported_by,
      -- in the order of the incident's regime (Regime.rank: kinds it lacks last), then by kind; each with its own
      -- regime version's title and legal basis
      'deadlines', coalesce((
        SELECT json_agg(json_build_object(
                 'kind', d.kind, 'dueAt', bench.instant(d.due_at), 'metAt', bench.instant(d.met_at),
                 'breached', CASE d.status WHEN 'MET' THEN d.met_at > d.due_at
                                           WHEN 'OPEN' THEN (SELECT r.at FROM r) > d.due_at
                                           ELSE d.waived_at > d.due_at END,
                 'title', rule -> 'title', 'legalBasis', rule -> 'legalBasis',
                 'recipient', d.recipient, 'startsAt', bench.instant(d.starts_at), 'metBy', d.met_by,
                 'status', d.status, 'waivedReason', d.waived_reason)
               ORDER BY coalesce(((SELECT r.rules FROM r) -> (i.regime_id || '@' || i.regime_version || '/' || d.kind) ->> 'rank')::int,
                                 2147483647), d.kind)
        FROM incident_deadline d,
             LATERAL (SELECT (SELECT r.rules FROM r) -> (d.regime_id || '@' || d.regime_version || '/' || d.kind) AS rule) x
        WHERE d.incident_id = i.id), '[]'),
      'triagedAt', bench.instant(i.triaged_at), 'resolvedAt', bench.instant(i.resolved_at),
      'closedAt', bench.instant(i.closed_at), 'resolution', i.resolution, 'rejectionReason', i.rejection_reason,
      'duplicateOf', i.duplicate_of,
      'duplicates', coalesce((SELECT json_agg(x.id ORDER BY x.reported_at, x.id) FROM incident x
                              WHERE x.duplicate_of = i.id), '[]'),
      'endReport', CASE WHEN i.end_report_summary IS NOT NULL
                        THEN json_build_object('summary', i.end_report_summary, 'rootCause', i.end_report_root_cause,
                                               'lessonsLearned', i.end_report_lessons) END,
      'version', i.version, 'regime', json_build_object('id', i.regime_id, 'version', i.regime_version),
      'personalData', i.personal_data, 'retainUntil', i.retain_until)
  $item$;
  -- vn.ungcuu.paging.Page of the n + 1 rows read (the service reads one more than the page to know whether there
  -- is a next one): {"items": [the first n], "nextCursor": the cursor after the n-th, or null}
  page CONSTANT text := $page$
    SELECT json_build_object(
             'items', coalesce(json_agg(p.doc ORDER BY p.k) FILTER (WHERE p.k <= p_limit), '[]'),
             'nextCursor', CASE WHEN count(*) > p_limit
                                THEN min(bench.cursor(p.reported_at, p.id)) FILTER (WHERE p.k = p_limit) END)
    FROM (SELECT %s AS doc, i.reported_at, i.id, row_number() OVER (ORDER BY i.reported_at DESC, i.id DESC) AS k
          FROM incident i WHERE %s
          ORDER BY i.reported_at DESC, i.id DESC LIMIT p_limit + 1) p
  $page$;
BEGIN
  -- GET /api/v1/incidents/{id}: the document, or null when there is no such incident (the service: 404)
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION bench.get_json(p_id uuid) RETURNS json LANGUAGE plpgsql STABLE AS $body$
    BEGIN
      RETURN (WITH r AS MATERIALIZED (%s) SELECT %s FROM incident i WHERE i.id = p_id);
    END
    $body$ $f$, rules, item);
  -- GET /api/v1/incidents?status=S&unitCode=U&limit=n (first page)
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION bench.list_json(p_status text, p_unit text, p_limit int) RETURNS json
    LANGUAGE plpgsql STABLE AS $body$
    BEGIN
      RETURN (WITH r AS MATERIALIZED (%s) %s);
    END
    $body$ $f$, rules, format(page, item, 'i.status = p_status AND i.unit_code = p_unit'));
  -- GET /api/v1/incidents?limit=n&cursor=c, c the cursor after the row (p_at, p_id) of the default order
  -- (-createdAt): the keyset page (reported_at, id) < (p_at, p_id)
  EXECUTE format($f$
    CREATE OR REPLACE FUNCTION bench.deep_json(p_at timestamptz, p_id uuid, p_limit int) RETURNS json
    LANGUAGE plpgsql STABLE AS $body$
    BEGIN
      RETURN (WITH r AS MATERIALIZED (%s) %s);
    END
    $body$ $f$, rules, format(page, item, '(i.reported_at, i.id) < (p_at, p_id)'));
END
$generate$;
DROP FUNCTION IF EXISTS bench.incident_item(incident, jsonb, timestamptz, date);

-- A fresh version-7 UUID (vn.ungcuu.persistence.Ids.newId), for the creates.
CREATE OR REPLACE FUNCTION bench.new_uuid7() RETURNS uuid LANGUAGE sql VOLATILE AS $$
  SELECT (lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0') || '7'
          || substr(md5(random()::text), 1, 3) || to_hex(8 + floor(random() * 4)::int)
          || substr(md5(random()::text), 1, 15))::uuid
$$;

-- POST /api/v1/incidents as a coordinator, done by PostgreSQL: the rows IncidentService.create writes, in the
-- caller's transaction, with the same content and sizes: the unit checked (it exists and is active; its name and
-- focal point are in the receipt), the regime in force on the detection day (RegimeStore.inForceAt, from
-- regime_version), the reference counter (the year's row stays locked until commit), the incident, the
-- obligations its regime starts at filing (Obligations.start: kind, recipient, due from the regime's document),
-- the CREATE audit entry with the same field changes (its trigger queues it in audit_unsealed), and the receipt
-- mailed to the unit's focal point unless they turned e-mail off (AuditNotices: a mail_message row, its text and
-- HTML as the service's template writes them). No outbox event and no idempotency row: a POST without
-- Idempotency-Key writes neither. Returns the new incident's id. What it does not do: render the answer's JSON,
-- and the template engine's work is a format() here.
CREATE OR REPLACE FUNCTION bench.create_incident(p_unit text, p_title text, p_description text, p_category text,
                                                 p_detected timestamptz, p_actor text)
RETURNS uuid LANGUAGE plpgsql AS $$
DECLARE
  v_now CONSTANT timestamptz := now();
  v_zone CONSTANT text := 'Asia/Ho_Chi_Minh';
  v_id CONSTANT uuid := bench.new_uuid7();
  v_detected CONSTANT timestamptz := date_trunc('microseconds', p_detected);
  v_unit unit%ROWTYPE;
  v_regime regime_version%ROWTYPE;
  v_ref text;
  v_audit bigint;
  v_changes jsonb;
  v_lines_vi text;
  v_lines_en text;
  v_link text;
  v_category text;
BEGIN
  SELECT * INTO v_unit FROM unit WHERE code = p_unit;
  IF NOT FOUND OR NOT v_unit.active THEN
    RAISE EXCEPTION 'no active unit has the code %', p_unit;
  END IF;
  -- the latest version of each regime; the one whose dates hold on the local detection day, else the earliest
  SELECT r.* INTO v_regime
  FROM regime_version r,
       LATERAL (SELECT (v_detected AT TIME ZONE v_zone)::date AS day, (r.document ->> 'inForceFrom')::date AS from_day,
                       (r.document ->> 'inForceTo')::date AS to_day) d
  WHERE r.version = (SELECT max(v.version) FROM regime_version v WHERE v.id = r.id)
  ORDER BY d.day >= d.from_day AND (d.to_day IS NULL OR d.day < d.to_day) DESC,
           CASE WHEN d.day >= d.from_day AND (d.to_day IS NULL OR d.day < d.to_day) THEN d.from_day END DESC NULLS LAST,
           d.from_day
  LIMIT 1;

  INSERT INTO incident_reference_counter (year, last_value)
  VALUES (extract(year FROM v_now AT TIME ZONE v_zone)::int, 1)
  ON CONFLICT (year) DO UPDATE SET last_value = incident_reference_counter.last_value + 1
  RETURNING 'SC-' || year || '-' || lpad(last_value::text, 6, '0') INTO v_ref;

  INSERT INTO incident (id, reference, unit_code, title, description, category, status, tlp, detected_at, reported_at,
                        updated_at, beyond_capacity, state_secret, reported_by, version, search_text, regime_id,
                        regime_version)
  VALUES (v_id, v_ref, p_unit, p_title, p_description, p_category, 'NEW', 'AMBER', v_detected, v_now, v_now, false,
          false, p_actor, 0, bench.search_text(v_ref || ' ' || p_title || ' ' || p_description), v_regime.id,
          v_regime.version);

  -- the regime's obligations that start at filing and whose condition holds (no facts yet but beyondCapacity,
  -- which this filing does not set)
  WITH started AS (
    INSERT INTO incident_deadline (incident_id, kind, status, starts_at, due_at, recipient, regime_id, regime_version)
    SELECT v_id, o.rule ->> 'kind', 'OPEN', v_now,
           CASE o.rule -> 'due' ->> 'from' WHEN 'DETECTED' THEN v_detected WHEN 'REPORTED' THEN v_now ELSE v_now END
             + CASE WHEN (o.rule -> 'due' ->> 'immediate')::boolean THEN interval '1 hour'
                    ELSE (o.rule -> 'due' ->> 'after')::interval END,
           o.rule ->> 'recipient', v_regime.id, v_regime.version
    FROM jsonb_array_elements(v_regime.document -> 'obligations') WITH ORDINALITY o(rule, k)
    WHERE o.rule -> 'startsWhen' ->> 'on' = 'FILED' AND coalesce((o.rule ->> 'enabled')::boolean, true)
      AND o.rule -> 'startsWhen' -> 'if' IS NULL AND o.rule -> 'startsWhen' -> 'anyOf' IS NULL
    RETURNING kind, due_at, recipient)
  SELECT jsonb_agg(jsonb_build_object('field', 'deadline.' || s.kind || '.dueAt', 'from', NULL, 'to', bench.instant(s.due_at))
                   ORDER BY o.k),
         string_agg(format(E'- %s: gửi %s (%s), hạn %s', o.rule -> 'title' ->> 'vi', a.name_vi, s.recipient,
                           to_char(s.due_at AT TIME ZONE v_zone, 'HH24:MI "ngày" DD/MM/YYYY')), E'\n' ORDER BY o.k),
         string_agg(format(E'- %s: due %s (UTC+07:00)', o.rule -> 'title' ->> 'en',
                           to_char(s.due_at AT TIME ZONE v_zone, 'HH24:MI, FMDD Mon YYYY')), E'\n' ORDER BY o.k)
    INTO v_changes, v_lines_vi, v_lines_en
  FROM started s
  JOIN jsonb_array_elements(v_regime.document -> 'obligations') WITH ORDINALITY o(rule, k) ON o.rule ->> 'kind' = s.kind
  LEFT JOIN authority a ON a.code = s.recipient;

  INSERT INTO audit_entry (id, occurred_at, actor, entity_type, entity_id, action, changes, request_id)
  VALUES (nextval('audit_entry_seq'), v_now, p_actor, 'INCIDENT', v_id::text, 'CREATE',
          jsonb_build_array(
            jsonb_build_object('field', 'reference', 'from', NULL, 'to', v_ref),
            jsonb_build_object('field', 'unitCode', 'from', NULL, 'to', p_unit),
            jsonb_build_object('field', 'title', 'from', NULL, 'to', p_title),
            jsonb_build_object('field', 'description', 'from', NULL, 'to', p_description),
            jsonb_build_object('field', 'category', 'from', NULL, 'to', p_category),
            jsonb_build_object('field', 'status', 'from', NULL, 'to', 'NEW'),
            jsonb_build_object('field', 'tlp', 'from', NULL, 'to', 'AMBER'),
            jsonb_build_object('field', 'detectedAt', 'from', NULL, 'to', bench.instant(v_detected)),
            jsonb_build_object('field', 'beyondCapacity', 'from', NULL, 'to', false),
            jsonb_build_object('field', 'stateSecret', 'from', NULL, 'to', false),
            jsonb_build_object('field', 'regime', 'from', NULL,
                               'to', jsonb_build_object('id', v_regime.id, 'version', v_regime.version)))
          || coalesce(v_changes, '[]'),
          gen_random_uuid()::text)
  RETURNING id INTO v_audit;

  -- the receipt to the unit's focal point (the coordinators' mailbox is not configured here, as in the service's
  -- benchmark run)
  IF v_unit.focal_point_email IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM person WHERE lower(email) = lower(v_unit.focal_point_email) AND NOT email_notifications) THEN
    v_link := 'http://localhost:8080/#/su-co/' || v_id;
    v_category := CASE p_category WHEN 'DOS' THEN 'Tấn công từ chối dịch vụ'
      WHEN 'PHISHING' THEN 'Lừa đảo qua thư, tin nhắn, trang web giả' WHEN 'MALWARE' THEN 'Mã độc, virus'
      WHEN 'UNAUTHORIZED_ACCESS' THEN 'Truy cập trái phép vào hệ thống, tài khoản'
      WHEN 'DEFACEMENT' THEN 'Trang web bị thay đổi giao diện, nội dung'
      WHEN 'RANSOMWARE' THEN 'Mã độc mã hóa dữ liệu đòi tiền chuộc' WHEN 'DESTRUCTION' THEN 'Phá hoại, xóa dữ liệu'
      WHEN 'DATA_THEFT' THEN 'Lộ, mất, đánh cắp dữ liệu' WHEN 'COMBINED' THEN 'Tấn công kết hợp nhiều hình thức'
      ELSE 'Loại khác' END;
    INSERT INTO mail_message (id, dedup_key, kind, recipients, subject, body_text, body_html, status, next_attempt_at,
                              created_at)
    VALUES (bench.new_uuid7(), 'audit:' || v_audit || ':INCIDENT_RECEIPT', 'INCIDENT_RECEIPT',
            ARRAY[lower(v_unit.focal_point_email)],
            format('[%s] Phiếu tiếp nhận sự cố: %s / Incident receipt', v_ref, p_title),
            format(E'Phiếu tiếp nhận sự cố %1$s (bản sao gửi cán bộ đầu mối của đơn vị).\n\n'
                   'Sự cố: %1$s – %2$s\nĐơn vị: %3$s (%4$s)\nLoại sự cố: %5$s\nTrạng thái: Mới tiếp nhận\n'
                   'Mức chia sẻ: TLP:AMBER\nPhát hiện lúc: %6$s\nTiếp nhận lúc: %7$s\nNgười báo cáo: %8$s\n\n'
                   'Thời hạn đang chạy:\n%9$s\n\nMở sự cố: %10$s\n\n--\n'
                   'English: copy of the incident receipt, for the unit''s focal point.\nIncident %1$s: %10$s\n'
                   'Detected %11$s (UTC+07:00), reported %12$s (UTC+07:00).\nDeadlines:\n%13$s\n\n'
                   'Thư tự động từ UngCuu, vui lòng không trả lời. / Automatic message from UngCuu; please do not reply.\n',
                   v_ref, p_title, v_unit.name, p_unit, v_category,
                   to_char(v_detected AT TIME ZONE v_zone, 'HH24:MI "ngày" DD/MM/YYYY'),
                   to_char(v_now AT TIME ZONE v_zone, 'HH24:MI "ngày" DD/MM/YYYY'), p_actor, v_lines_vi, v_link,
                   to_char(v_detected AT TIME ZONE v_zone, 'HH24:MI, FMDD Mon YYYY'),
                   to_char(v_now AT TIME ZONE v_zone, 'HH24:MI, FMDD Mon YYYY'), v_lines_en),
            format(E'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8">\n<title>%1$s</title>\n</head>\n'
                   '<body style="font-family: Arial, Helvetica, sans-serif; font-size: 15px; line-height: 1.5; color: #1a1a1a;">\n'
                   '<p style="font-size: 17px;"><strong>\nPhiếu tiếp nhận sự cố %1$s (bản sao gửi cán bộ đầu mối của đơn vị).\n</strong></p>\n'
                   '<table style="border-collapse: collapse; margin-bottom: 12px;">\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Sự cố</td><td><strong>%1$s</strong> – %2$s</td></tr>\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Đơn vị</td><td>%3$s (%4$s)</td></tr>\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Loại sự cố</td><td>%5$s</td></tr>\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Trạng thái</td><td>Mới tiếp nhận</td></tr>\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Mức chia sẻ</td><td>TLP:AMBER</td></tr>\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Phát hiện lúc</td><td>%6$s</td></tr>\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Tiếp nhận lúc</td><td>%7$s</td></tr>\n'
                   '<tr><td style="padding: 2px 12px 2px 0; color: #555;">Người báo cáo</td><td>%8$s</td></tr>\n'
                   '</table>\n<p>Thời hạn đang chạy:</p>\n<ul>\n<li>%9$s</li>\n</ul>\n'
                   '<p><a href="%10$s" style="display: inline-block; padding: 8px 16px; background: #0b5394; color: #ffffff; text-decoration: none; border-radius: 4px;">Mở sự cố %1$s</a></p>\n'
                   '<p style="font-size: 13px;">%10$s</p>\n<hr style="border: none; border-top: 1px solid #ddd;">\n'
                   '<p lang="en" style="font-size: 13px; color: #555;">English:\ncopy of the incident receipt, for the unit''s focal point.\n'
                   'Incident %1$s: <a href="%10$s">%10$s</a>\n<br>Detected %11$s (UTC+07:00), reported %12$s (UTC+07:00).\n'
                   '<br>Deadline: %13$s\n</p>\n'
                   '<p style="font-size: 12px; color: #777;">Thư tự động từ UngCuu, vui lòng không trả lời. / Automatic message from UngCuu; please do not reply.</p>\n'
                   '</body>\n</html>\n',
                   v_ref, p_title, v_unit.name, p_unit, v_category,
                   to_char(v_detected AT TIME ZONE v_zone, 'HH24:MI "ngày" DD/MM/YYYY'),
                   to_char(v_now AT TIME ZONE v_zone, 'HH24:MI "ngày" DD/MM/YYYY'), p_actor,
                   replace(substr(v_lines_vi, 3), E'\n- ', '</li><li>'), v_link,
                   to_char(v_detected AT TIME ZONE v_zone, 'HH24:MI, FMDD Mon YYYY'),
                   to_char(v_now AT TIME ZONE v_zone, 'HH24:MI, FMDD Mon YYYY'), substr(v_lines_en, 3)),
            'PENDING', v_now, v_now)
    ON CONFLICT (dedup_key) DO NOTHING;
  END IF;
  RETURN v_id;
END
$$;
