-- The write of a submission reduced to its shape: a stream row and an event row (jsonb, the same keys and indexes as
-- marten.mt_streams / mt_events), so the only difference between the two scripts is the NOTIFY.
CREATE TABLE streams (tenant_id varchar NOT NULL, id uuid NOT NULL, type varchar, version bigint,
  timestamp timestamptz NOT NULL DEFAULT now(), created timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (tenant_id, id));
CREATE TABLE events (seq_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, id uuid NOT NULL, stream_id uuid NOT NULL,
  version bigint NOT NULL, data jsonb NOT NULL, type varchar(500) NOT NULL, timestamp timestamptz NOT NULL DEFAULT now(),
  tenant_id varchar NOT NULL, UNIQUE (tenant_id, stream_id, version));
