-- Live online interviews (在线访谈): the interview with its guests, the numbered stream of posts,
-- residents' questions with their edit history, and each node's live viewer count.
-- Portable between PostgreSQL and H2 in PostgreSQL mode.

create table interview (
    id              varchar(40)   primary key,
    title           varchar(200)  not null,
    introduction    varchar(4000) not null,
    department_code varchar(40)   not null references department (code),
    scheduled_at    timestamp with time zone not null,
    status          varchar(20)   not null,
    started_at      timestamp with time zone,
    finished_at     timestamp with time zone,
    summary         varchar(8000),
    last_seq        bigint        not null,
    version         bigint        not null
);
create index interview_schedule on interview (scheduled_at);

create table interview_guest (
    interview_id   varchar(40)  not null references interview (id),
    ord            integer      not null,
    name           varchar(40)  not null,
    title          varchar(200) not null,
    title_en       varchar(200) not null,
    photo_url      varchar(500),
    staff_username varchar(60),
    primary key (interview_id, ord)
);

create sequence interview_post_seq start with 1 increment by 50;
create table interview_post (
    id           bigint        primary key,
    interview_id varchar(40)   not null references interview (id),
    seq          bigint        not null,
    kind         varchar(20)   not null,
    author_name  varchar(60)   not null,
    author_title varchar(200),
    body         varchar(4000) not null,
    image_url    varchar(500),
    question_id  varchar(40),
    asker_name   varchar(40),
    answer_to    bigint,
    posted_at    timestamp with time zone not null,
    constraint interview_post_order unique (interview_id, seq)
);

create table interview_question (
    id                   varchar(40)   primary key,
    interview_id         varchar(40)   not null references interview (id),
    viewer_id            varchar(64)   not null,
    nickname             varchar(40)   not null,
    body                 varchar(1000) not null,
    original_body        varchar(1000) not null,
    status               varchar(20)   not null,
    held                 boolean       not null,
    moderation_note      varchar(500),
    reject_reason        varchar(500),
    merged_into          varchar(40),
    shown_seq            bigint,
    answer_seq           bigint,
    case_tracking_number varchar(30),
    case_query_code      varchar(6),
    case_due             date,
    asked_at             timestamp with time zone not null,
    version              bigint        not null
);
create index interview_question_queue on interview_question (interview_id, status, asked_at);

create table interview_question_edit (
    question_id varchar(40)   not null references interview_question (id),
    ord         integer       not null,
    edited_at   timestamp with time zone not null,
    editor      varchar(60)   not null,
    before_text varchar(1000) not null,
    after_text  varchar(1000) not null,
    primary key (question_id, ord)
);

create table interview_viewers (
    node         varchar(80) not null,
    interview_id varchar(40) not null,
    viewers      integer     not null,
    updated_at   timestamp with time zone not null,
    primary key (node, interview_id)
);
