-- What PostGraphile 5 serves in bench/load.sh's regions and officer scenarios: views over the platform's own tables
-- (the same rows), with security_invoker so row-level security applies to the role PostGraphile's pgSettings choose
-- (algoritma_app, app.tenant_id = the tenant), as it applies to the platform. Applied by bench/load.sh to each copy.
CREATE SCHEMA IF NOT EXISTS algoritma_pg;

CREATE OR REPLACE VIEW algoritma_pg.kecamatans WITH (security_invoker = true) AS
  SELECT code, name FROM public.region_units WHERE kind = 'Kecamatan';
COMMENT ON VIEW algoritma_pg.kecamatans IS E'@primaryKey code';

CREATE OR REPLACE VIEW algoritma_pg.villages WITH (security_invoker = true) AS
  SELECT code, name, kind, parent_code AS kecamatan_code FROM public.region_units WHERE kind <> 'Kecamatan';
COMMENT ON VIEW algoritma_pg.villages IS E'@primaryKey code\n@foreignKey (kecamatan_code) references algoritma_pg.kecamatans (code)';

-- the request view's fields the officer's queue shows, read as the platform and the raw twin read them: the status is
-- the plain column the platform filters by, so the queue's index (tenant, status, submitted_at, id) serves it under
-- row-level security for both
CREATE OR REPLACE VIEW algoritma_pg.service_requests WITH (security_invoker = true) AS
  SELECT d.id, d.tracking_code::text AS tracking_code, d.data ->> 'ServiceCode' AS service_code,
         d.data ->> 'UnitCode' AS unit_code, CAST(d.data ->> 'Channel' AS integer) AS channel,
         d.status, d.submitted_at, (d.data ->> 'Deadline')::timestamptz AS deadline,
         CAST(d.data ->> 'Version' AS bigint) AS version
  FROM marten.mt_doc_servicerequestview d;
COMMENT ON VIEW algoritma_pg.service_requests IS E'@primaryKey id';

-- an officer's queue, newest first: a unit and everything under it, one status (PostGraphile's conditions are
-- equalities only); PostgreSQL inlines the function, so the queue's index serves it as it serves the platform
CREATE OR REPLACE FUNCTION algoritma_pg.officer_queue(unit text, status integer) RETURNS SETOF algoritma_pg.service_requests
  LANGUAGE sql STABLE AS $$
    SELECT * FROM algoritma_pg.service_requests r
    WHERE (r.unit_code = unit OR r.unit_code LIKE unit || '.%') AND r.status = officer_queue.status
    ORDER BY r.submitted_at DESC, r.id DESC
  $$;

GRANT USAGE ON SCHEMA algoritma_pg TO algoritma_app;
GRANT SELECT ON ALL TABLES IN SCHEMA algoritma_pg TO algoritma_app;
GRANT EXECUTE ON FUNCTION algoritma_pg.officer_queue(text, integer) TO algoritma_app;
