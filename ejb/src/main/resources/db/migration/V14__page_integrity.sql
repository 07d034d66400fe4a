-- Integrity of published pages (页面防篡改): the hash of the content approved for each page, what
-- the scheduled check saw there, the checks and the differences they found.
create sequence watched_page_seq start with 1 increment by 20;
create table watched_page (
    id             bigint        primary key,
    kind           varchar(20)   not null,
    reference      varchar(60)   not null,
    path           varchar(300)  not null,
    expected_hash  varchar(64)   not null,
    registered_at  timestamp with time zone not null,
    registered_by  varchar(60)   not null,
    active         boolean       not null,
    state          varchar(20)   not null,
    checked_at     timestamp with time zone,
    observed_hash  varchar(64),
    version        bigint        not null,
    constraint watched_page_kind_reference unique (kind, reference)
);

create sequence integrity_check_seq start with 1 increment by 20;
create table integrity_check (
    id            bigint       primary key,
    started_at    timestamp with time zone not null,
    finished_at   timestamp with time zone not null,
    cause         varchar(10)  not null,
    triggered_by  varchar(60)  not null,
    pages         integer      not null,
    intact        integer      not null,
    changed       integer      not null,
    unreachable   integer      not null,
    alerts        integer      not null
);

create sequence integrity_alert_seq start with 1 increment by 20;
create table integrity_alert (
    id             bigint        primary key,
    check_id       bigint        not null references integrity_check (id),
    kind           varchar(20)   not null,
    reference      varchar(60)   not null,
    path           varchar(300)  not null,
    detected_at    timestamp with time zone not null,
    problem        varchar(20)   not null,
    expected_hash  varchar(64)   not null,
    observed_hash  varchar(64),
    detail         varchar(300)
);
create index integrity_alert_detected on integrity_alert (detected_at);

-- One row: when the next scheduled check is due; the node that moves it runs the check.
create table integrity_schedule (
    id           integer  primary key,
    next_run_at  timestamp with time zone
);
insert into integrity_schedule (id) values (1);
