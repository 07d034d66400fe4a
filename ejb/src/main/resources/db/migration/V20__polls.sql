-- Polls and surveys (网上调查). Who answered (poll_participation) and what was answered
-- (poll_ballot, poll_ballot_choice, poll_text_answer) are kept apart: no key, sequence or time
-- links a participation to a ballot. Ballot ids are random, and ballots carry no time.
create table poll (
    id               varchar(40)   primary key,
    department_code  varchar(20)   not null,
    title            varchar(200)  not null,
    description      varchar(4000) not null,
    response_rule    varchar(20)   not null,
    results_shown    varchar(20)   not null,
    opens_at         timestamp with time zone not null,
    closes_at        timestamp with time zone not null,
    address_limit    integer       not null,
    salt             varchar(64)   not null,
    created_by       varchar(60)   not null,
    created_at       timestamp with time zone not null,
    version          bigint        not null
);

create table poll_question (
    id           varchar(40)   primary key,
    poll_id      varchar(40)   not null references poll (id),
    question_no  integer       not null,
    kind         varchar(20)   not null,
    text         varchar(500)  not null,
    required     boolean       not null,
    max_choices  integer       not null,
    constraint poll_question_number unique (poll_id, question_no)
);

create table poll_option (
    question_id  varchar(40)   not null references poll_question (id),
    position     integer       not null,
    text         varchar(200)  not null,
    primary key (question_id, position)
);

-- One row per person and poll: a hash of the account or the device token, and a hash of the
-- network address for the per-address limit. No time, no ballot.
create table poll_participation (
    poll_id          varchar(40)  not null references poll (id),
    participant_hash varchar(64)  not null,
    address_hash     varchar(64)  not null,
    primary key (poll_id, participant_hash)
);
create index poll_participation_address on poll_participation (poll_id, address_hash);

create table poll_ballot (
    id       varchar(40)  primary key,
    poll_id  varchar(40)  not null references poll (id)
);
create index poll_ballot_poll on poll_ballot (poll_id);

-- A choice (option_no, choice_value 1), a rating (option_no 0, choice_value 1–5) or a rank (option_no, choice_value = place).
create table poll_ballot_choice (
    ballot_id    varchar(40)  not null references poll_ballot (id),
    question_no  integer      not null,
    option_no    integer      not null,
    choice_value integer      not null
);
create index poll_ballot_choice_ballot on poll_ballot_choice (ballot_id);

-- Free-text answers, masked, without their ballot; held when the sensitive-word check asks for a look.
create table poll_text_answer (
    id           varchar(40)   primary key,
    poll_id      varchar(40)   not null references poll (id),
    question_no  integer       not null,
    text         varchar(1000) not null,
    status       varchar(20)   not null,
    version      bigint        not null
);
create index poll_text_answer_poll on poll_text_answer (poll_id, question_no);

-- Single-use arithmetic challenges for network addresses over their poll's limit.
create table poll_challenge (
    id          varchar(40)  primary key,
    poll_id     varchar(40)  not null references poll (id),
    answer      integer      not null,
    expires_at  timestamp with time zone not null
);
