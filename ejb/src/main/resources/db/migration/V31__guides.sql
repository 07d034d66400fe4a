-- Service guides (办事指南) per department and per life event, under review before publication;
-- the forms to download are links (the department's file server or an uploaded copy elsewhere).
create sequence guide_seq start with 1 increment by 20;
create table guide (
    id               bigint        primary key,
    department_code  varchar(40)   not null,
    title            varchar(100)  not null,
    summary          varchar(2000) not null,
    eligibility      varchar(2000) not null,
    materials        varchar(4000) not null,
    steps            varchar(4000) not null,
    time_limit       varchar(200)  not null,
    fees             varchar(200)  not null,
    place_and_hours  varchar(1000) not null,
    legal_basis      varchar(2000) not null,
    faq              varchar(4000),
    status           varchar(20)   not null,
    revision         integer       not null,
    review_comment   varchar(1000),
    created_by       varchar(60)   not null,
    updated_at       timestamp with time zone not null,
    published_at     timestamp with time zone,
    version          bigint        not null
);
create index guide_department_status on guide (department_code, status);

create table guide_life_event (
    guide_id    bigint       not null references guide (id),
    life_event  varchar(20)  not null,
    primary key (guide_id, life_event)
);

create table guide_form (
    guide_id  bigint        not null references guide (id),
    position  integer       not null,
    label     varchar(100)  not null,
    url       varchar(500)  not null,
    primary key (guide_id, position)
);
