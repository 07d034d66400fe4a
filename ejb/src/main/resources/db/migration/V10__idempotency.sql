-- Idempotency-Key records (draft-ietf-httpapi-idempotency-key-header): one per endpoint, caller and
-- key. The unique constraint is the arbiter: of requests racing with one key, on one node or on
-- several, exactly one inserts the record and does the work; the others find it.
-- Only a SHA-256 fingerprint of each request is kept, never the request body; the stored answer is
-- what the first request was answered, replayed to retries until the record expires.
create table idempotency_record (
    id            varchar(36)   primary key,
    endpoint      varchar(300)  not null,
    caller        varchar(255)  not null,
    idem_key      varchar(255)  not null,
    fingerprint   varchar(64)   not null,
    state         varchar(12)   not null,
    owner         varchar(36)   not null,
    locked_until  timestamp with time zone,
    status        integer,
    content_type  varchar(200),
    location      varchar(2000),
    body          bytea,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    constraint idempotency_record_key unique (endpoint, caller, idem_key)
);
create index idempotency_record_expiry on idempotency_record (expires_at);
