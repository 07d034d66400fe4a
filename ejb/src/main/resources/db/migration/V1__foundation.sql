-- Foundation schema: organisation, staff, cases, audit trail and the event outbox.
-- Portable between PostgreSQL and H2 in PostgreSQL mode (the embedded default).

create table department (
    code        varchar(40)  primary key,
    name        varchar(100) not null,
    name_en     varchar(200) not null,
    platform    boolean      not null,
    sort_order  integer      not null,
    version     bigint       not null
);

create table leader (
    code        varchar(40)  primary key,
    name        varchar(40)  not null,
    title       varchar(100) not null,
    title_en    varchar(200) not null,
    portfolio   varchar(300) not null,
    sort_order  integer      not null,
    version     bigint       not null
);

create sequence staff_seq start with 1 increment by 10;
create table staff_account (
    id              bigint       primary key,
    username        varchar(60)  not null unique,
    display_name    varchar(60)  not null,
    password_hash   varchar(200) not null,
    roles           varchar(200) not null,
    department_code varchar(40)  references department (code),
    active          boolean      not null,
    version         bigint       not null
);

create sequence tracking_seq start with 1 increment by 1;
create table case_file (
    id                  varchar(40)   primary key,
    tracking_number     varchar(30)   not null unique,
    query_code          varchar(6)    not null,
    channel             varchar(30)   not null,
    leader_code         varchar(40)   references leader (code),
    title               varchar(200)  not null,
    body                varchar(8000) not null,
    resident_name       varchar(60),
    resident_mobile     varchar(20),
    public_requested    boolean       not null,
    status              varchar(20)   not null,
    department_code     varchar(40)   references department (code),
    received_at         timestamp with time zone not null,
    dispatched_at       timestamp with time zone,
    reply               varchar(8000),
    replied_by          varchar(60),
    answered_at         timestamp with time zone,
    published           boolean       not null,
    failed_lookups      integer       not null,
    lookup_locked_until timestamp with time zone,
    version             bigint        not null
);
create index case_file_queue on case_file (department_code, status, received_at);
create index case_file_board on case_file (published, answered_at);

create sequence audit_seq start with 1 increment by 50;
create table audit_record (
    id           bigint        primary key,
    occurred_at  timestamp with time zone not null,
    actor        varchar(60)   not null,
    action       varchar(60)   not null,
    subject_type varchar(40)   not null,
    subject_id   varchar(60)   not null,
    detail       varchar(1000)
);
create index audit_record_subject on audit_record (subject_type, subject_id);

create sequence outbox_seq start with 1 increment by 50;
create table outbox (
    id           bigint         primary key,
    topic        varchar(100)   not null,
    record_key   varchar(100)   not null,
    event_type   varchar(100)   not null,
    payload      varchar(20000) not null,
    created_at   timestamp with time zone not null,
    published_at timestamp with time zone,
    attempts     integer        not null
);
create index outbox_pending on outbox (published_at, id);
