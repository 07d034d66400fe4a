-- The sensitive-word lexicon as data the administrator edits. The shipped lexicon file fills it
-- once, at the first start (see sensitive_word_lexicon.seeded_at); after that only the
-- administration page changes it.
create sequence sensitive_word_seq start with 1 increment by 20;
create table sensitive_word (
    id          bigint       primary key,
    word        varchar(50)  not null,
    -- the word folded as texts are before matching (NFKC, lower case, letters and digits only)
    folded      varchar(100) not null unique,
    category    varchar(20)  not null,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(60)  not null,
    version     bigint       not null
);

-- One row: the lexicon's revision, raised by every change in the same transaction, so that every
-- node sees at its next check that its automaton is stale and rebuilds it.
create table sensitive_word_lexicon (
    id          integer      primary key,
    revision    bigint       not null,
    seeded_at   timestamp with time zone,
    changed_at  timestamp with time zone
);
insert into sensitive_word_lexicon (id, revision) values (1, 0);
