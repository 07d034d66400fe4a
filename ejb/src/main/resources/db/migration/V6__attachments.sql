-- Files residents and staff attach to a case (images and PDFs, metadata removed before storage).
-- bytea is PostgreSQL's binary type; H2 in PostgreSQL mode accepts it as binary varying.
create table attachment (
    id            varchar(40)  primary key,
    case_id       varchar(40)  not null references case_file (id),
    slot          integer      not null check (slot >= 1),
    file_name     varchar(200),
    content_type  varchar(60),
    size_bytes    bigint,
    sha256        varchar(64),
    content       bytea,
    uploaded_by   varchar(60),
    uploaded_at   timestamp with time zone,
    version       bigint       not null
);
create index attachment_case on attachment (case_id);
-- A case's files are numbered; two uploads racing for the same number cannot both commit, so the
-- per-case limit holds under concurrency.
create unique index attachment_case_slot on attachment (case_id, slot);
-- The same file twice on one case is stored once.
create unique index attachment_case_sha256 on attachment (case_id, sha256);
