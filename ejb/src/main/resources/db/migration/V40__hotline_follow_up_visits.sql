-- Cases entered by staff for a caller, letter or visit (12345 hotline, 来信, 来访): who took the call,
-- whether the caller stayed anonymous, whether it was answered on the spot (直接答复), and
-- whether the receipt went out by SMS (otherwise it was read out to the caller).
create table hotline_call (
    case_id          varchar(40)   primary key references case_file (id),
    taken_by         varchar(60)   not null,
    taken_at         timestamp with time zone not null,
    anonymous        boolean       not null,
    answered_on_spot boolean       not null,
    receipt_by_sms   boolean       not null
);
create index hotline_call_taken_by on hotline_call (taken_by, taken_at);

-- Follow-up visits (回访): a rating taken by phone or in person when the resident did not rate online.
create sequence follow_up_visit_seq start with 1 increment by 20;
create table follow_up_visit (
    id          bigint        primary key,
    case_id     varchar(40)   not null references case_file (id),
    method      varchar(10)   not null,
    rating      integer       not null,
    comment     varchar(500),
    visited_by  varchar(60)   not null,
    visited_at  timestamp with time zone not null
);
create index follow_up_visit_case on follow_up_visit (case_id);

-- A co-handling department's own time limit (协办期限) and its supervision level.
alter table case_participant add column assigned_at timestamp with time zone;
alter table case_participant add column due_at timestamp with time zone;
alter table case_participant add column warning_level varchar(10) default 'NONE' not null;
create index case_participant_due on case_participant (role, due_at);

-- A leader's office account reads that leader's mailbox (领导信箱); null for other staff.
alter table staff_account add column leader_code varchar(40);
