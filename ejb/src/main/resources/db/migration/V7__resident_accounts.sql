-- Residents who register (e-mail or mobile + password) find all their messages under "my messages".
create sequence resident_seq start with 1 increment by 10;
create table resident_account (
    id            bigint        primary key,
    login         varchar(120)  not null unique,
    display_name  varchar(40)   not null,
    password_hash varchar(200)  not null,
    created_at    timestamp with time zone not null,
    active        boolean       not null,
    version       bigint        not null
);

alter table case_file add column resident_account varchar(60);
create index case_file_resident on case_file (resident_account, received_at);

-- Staff may have an e-mail address for notifications (催办, 督办, replies to review …).
alter table staff_account add column email varchar(120);
