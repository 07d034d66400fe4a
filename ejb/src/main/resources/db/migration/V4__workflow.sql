-- The full receive → handle → feedback workflow: acceptance, co-handling, review, rating and
-- reopening, returns and re-dispatch, merging, time limits and electronic supervision.

alter table case_file add column case_type varchar(20) default 'COMPLAINT' not null;
alter table case_file add column accepted_at timestamp with time zone;
alter table case_file add column not_accepted_reason varchar(30);
alter table case_file add column status_note varchar(1000);
alter table case_file add column leader_instruction varchar(1000);
alter table case_file add column draft_reply varchar(8000);
alter table case_file add column draft_publish boolean default false not null;
alter table case_file add column master_case_id varchar(40) references case_file (id);
alter table case_file add column redo_count integer default 0 not null;
alter table case_file add column return_count integer default 0 not null;
alter table case_file add column limit_days integer;
alter table case_file add column clock_started_at timestamp with time zone;
alter table case_file add column due_at timestamp with time zone;
alter table case_file add column paused_at timestamp with time zone;
alter table case_file add column warning_level varchar(10) default 'NONE' not null;
alter table case_file add column extension_days integer;
alter table case_file add column extension_reason varchar(500);
alter table case_file add column rating integer;
alter table case_file add column rating_comment varchar(500);
alter table case_file add column rated_at timestamp with time zone;
alter table case_file add column closed_at timestamp with time zone;
alter table case_file add column sub_status varchar(40);
create index case_file_due on case_file (status, due_at);
create index case_file_master on case_file (master_case_id);

-- Co-handling departments (协办, each gives an opinion) and offices sent a copy (抄告).
create sequence case_participant_seq start with 1 increment by 20;
create table case_participant (
    id              bigint        primary key,
    case_id         varchar(40)   not null references case_file (id),
    department_code varchar(40)   not null references department (code),
    role            varchar(10)   not null,
    opinion         varchar(4000),
    opinion_by      varchar(60),
    opinion_at      timestamp with time zone,
    version         bigint        not null,
    unique (case_id, department_code)
);
create index case_participant_department on case_participant (department_code, role);

-- The case's timeline; steps marked public are shown to the resident.
create sequence case_step_seq start with 1 increment by 50;
create table case_step (
    id           bigint        primary key,
    case_id      varchar(40)   not null references case_file (id),
    occurred_at  timestamp with time zone not null,
    actor        varchar(60)   not null,
    action       varchar(40)   not null,
    note         varchar(4000),
    shown_to_resident boolean  not null
);
create index case_step_case on case_step (case_id, occurred_at);

-- Sub-status labels the administrator defines within a lifecycle status (e.g. 现场核实中).
create table case_sub_status (
    code        varchar(40)  primary key,
    status      varchar(20)  not null,
    label_zh    varchar(40)  not null,
    label_en    varchar(80)  not null,
    version     bigint       not null
);
insert into case_sub_status (code, status, label_zh, label_en, version) values
    ('ON_SITE_CHECK', 'HANDLING', '现场核实中', 'Checking on site', 0),
    ('RECTIFYING', 'HANDLING', '整改中', 'Being rectified', 0),
    ('WAITING_OTHER_DEPT', 'HANDLING', '等待协办意见', 'Waiting for co-handlers', 0);

-- In-app notifications to staff and residents (a resident's notifications hang on the case).
create sequence notification_seq start with 1 increment by 20;
create table notification (
    id             bigint        primary key,
    recipient_kind varchar(10)   not null,
    recipient      varchar(60)   not null,
    subject        varchar(200)  not null,
    body           varchar(2000) not null,
    case_id        varchar(40),
    created_at     timestamp with time zone not null,
    read_at        timestamp with time zone
);
create index notification_recipient on notification (recipient_kind, recipient, created_at);

-- Consultation answers turned into FAQ entries shown to residents before they ask.
create sequence faq_entry_seq start with 1 increment by 20;
create table faq_entry (
    id              bigint        primary key,
    question        varchar(200)  not null,
    answer          varchar(8000) not null,
    department_code varchar(40)   references department (code),
    source_case_id  varchar(40)   references case_file (id),
    created_at      timestamp with time zone not null,
    version         bigint        not null
);
