-- Open311 API keys the administrator issues to other systems; only the SHA-256 of a key is kept.
create sequence open311_api_key_seq start with 1 increment by 20;
create table open311_api_key (
    id          bigint       primary key,
    name        varchar(60)  not null,
    key_hash    varchar(64)  not null unique,
    key_prefix  varchar(8)   not null,
    created_at  timestamp with time zone not null,
    created_by  varchar(60)  not null,
    revoked_at  timestamp with time zone,
    version     bigint       not null
);
