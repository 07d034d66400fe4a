-- Online hearings on drafts (网上听证 / 意见征集): the draft's versions with their sections and
-- change log, residents' comments, and the department's feedback (采纳情况).
create table hearing (
    id                     varchar(40)   primary key,
    department_code        varchar(20)   not null,
    title                  varchar(200)  not null,
    purpose                varchar(2000) not null,
    legal_basis            varchar(2000) not null,
    how_to_comment         varchar(2000) not null,
    opens_at               timestamp with time zone not null,
    closes_at              timestamp with time zone not null,
    short_period_reason    varchar(500),
    feedback_due_at        timestamp with time zone not null,
    reminded               boolean       not null,
    closed                 boolean       not null,
    fb_received            integer,
    fb_adopted             integer,
    fb_partly              integer,
    fb_not_adopted         integer,
    fb_adopted_reason      varchar(2000),
    fb_partly_reason       varchar(2000),
    fb_not_adopted_reason  varchar(2000),
    fb_published_at        timestamp with time zone,
    created_by             varchar(60)   not null,
    version                bigint        not null
);
create index hearing_feedback_due on hearing (closed, reminded, feedback_due_at);

create table hearing_version (
    id            varchar(40)   primary key,
    hearing_id    varchar(40)   not null references hearing (id),
    version_no    integer       not null,
    change_log    varchar(2000) not null,
    published_at  timestamp with time zone not null,
    constraint hearing_version_number unique (hearing_id, version_no)
);

create table hearing_section (
    version_id  varchar(40)    not null references hearing_version (id),
    position    integer        not null,
    heading     varchar(200)   not null,
    body        varchar(20000) not null,
    primary key (version_id, position)
);

create table hearing_comment (
    id              varchar(40)   primary key,
    hearing_id      varchar(40)   not null references hearing (id),
    version_no      integer       not null,
    section_no      integer       not null,
    author_name     varchar(40)   not null,
    author_mobile   varchar(20),
    author_account  varchar(100),
    text            varchar(2000) not null,
    masked_text     varchar(2000) not null,
    held            boolean       not null,
    status          varchar(20)   not null,
    submitted_at    timestamp with time zone not null,
    version         bigint        not null
);
create index hearing_comment_hearing on hearing_comment (hearing_id, status);
