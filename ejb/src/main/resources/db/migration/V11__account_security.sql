-- Accounts: a password an administrator reset must be changed at the next sign-in.
alter table staff_account add column password_change_required boolean default false not null;

-- Failed sign-ins of the last hour, per login and client address: the throttle reads them on every
-- node, so two nodes cannot double an attacker's budget. Rows older than an hour are purged.
create sequence sign_in_failure_seq start with 1 increment by 50;
create table sign_in_failure (
    id             bigint       primary key,
    login          varchar(120) not null,
    client_address varchar(64)  not null,
    failed_at      timestamp with time zone not null
);
create index sign_in_failure_login on sign_in_failure (login, failed_at);
create index sign_in_failure_time on sign_in_failure (failed_at);
