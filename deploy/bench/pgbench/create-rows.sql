-- New limit of POST /api/v1/incidents: the rows the service writes for it (incident, the obligation its regime
-- starts, the CREATE audit entry queued by its trigger, the reference counter, the focal point's receipt in
-- mail_message), written by PostgreSQL alone: bench.create_incident (pgbench/functions.sql), one transaction.
-- Same random commune, title, description and detectedAt as deploy/bench/lua/create.lua. Variable (-D): detected.
\set u random(1, 200)
select bench.create_incident('XA-' || lpad(:u::text, 3, '0'),
  'Phát hiện mã độc trên máy tính bộ phận một cửa - XA-' || lpad(:u::text, 3, '0'),
  'Cán bộ đầu mối phát hiện máy tính bộ phận một cửa có dấu hiệu nhiễm mã độc: phần mềm phòng chống mã độc cảnh báo liên tục, máy chạy chậm và gửi kết nối lạ ra ngoài. Máy đã được ngắt kết nối mạng, nhật ký hệ thống đã được sao lưu để phân tích.',
  'MALWARE', :detected::timestamptz, 'local-coordinator');
