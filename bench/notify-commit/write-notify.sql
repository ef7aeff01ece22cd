select gen_random_uuid() as sid, gen_random_uuid() as eid \gset
BEGIN;
insert into streams (tenant_id, id, type, version) values ('samarinda', :sid, 'service_request_view', 1);
insert into events (id, stream_id, version, data, type, tenant_id) values (:eid, :sid, 1, '{"At": "2026-12-04T15:21:47+00:00", "Channel": 0, "UnitCode": "64.72.01.1001", "Documents": ["ktp", "kk", "pengantar_rt"], "ServiceCode": "domisili", "TrackingCode": "RS19962H"}', 'request_submitted', 'samarinda');
select pg_notify('algoritma_changes', 'samarinda-change');
COMMIT;
