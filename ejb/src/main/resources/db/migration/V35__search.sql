-- Full-text search (站内搜索): one row per public document that a feature offers to search. The
-- rows are the source of the full-text index (Hibernate Search indexes them when they change) and
-- of a rebuild; they hold only public, already masked text.
create table search_entry (
    id               varchar(200)  primary key,
    kind             varchar(20)   not null,
    doc_key          varchar(160)  not null,
    site             varchar(40)   not null,
    department_code  varchar(40),
    title            varchar(500)  not null,
    body             varchar(20000) not null,
    url              varchar(500)  not null,
    published_at     timestamp with time zone not null,
    published_year   integer       not null,
    indexed_at       timestamp with time zone not null,
    version          bigint        not null
);
create index search_entry_kind on search_entry (kind);
