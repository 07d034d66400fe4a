-- What the classifier said about each case, and the dispatchers' corrections kept as training data.
alter table case_file add column category varchar(40);
alter table case_file add column confidence double precision;
alter table case_file add column suggestions varchar(500);
alter table case_file add column urgent boolean default false not null;
alter table case_file add column urgency_reason varchar(200);
alter table case_file add column duplicates varchar(500);
alter table case_file add column held_for_review boolean default false not null;
alter table case_file add column moderation_hits varchar(200);

create sequence training_example_seq start with 1 increment by 20;
create table training_example (
    id          bigint        primary key,
    label       varchar(40)   not null,
    text        varchar(8000) not null,
    source      varchar(40)   not null,
    case_id     varchar(40),
    created_at  timestamp with time zone not null
);
