-- News (新闻) on one platform for the main portal and the departments' sub-sites: sites, their
-- column trees (a column may be shown on other sites too), articles under the editorial chain
-- (先审后发) with every saved version and every review step, images with their descriptions, and
-- special topics (专题) of curated slots.
create table news_site (
    code             varchar(40)  primary key,
    department_code  varchar(40)  not null,
    name_zh          varchar(100) not null,
    name_en          varchar(200) not null,
    position         integer      not null
);

create sequence news_column_seq start with 1 increment by 20;
create table news_column (
    id               bigint       primary key,
    site_code        varchar(40)  not null references news_site (code),
    slug             varchar(40)  not null,
    name_zh          varchar(60)  not null,
    name_en          varchar(120) not null,
    review_levels    integer      not null,
    stale_after_days integer      not null,
    position         integer      not null,
    stale_noticed_at timestamp with time zone,
    version          bigint       not null,
    constraint news_column_site_slug unique (site_code, slug),
    constraint news_column_levels check (review_levels >= 1),
    constraint news_column_stale check (stale_after_days >= 1)
);

-- Other sites that show a column's articles, naming the owning site as the source.
create table news_column_share (
    column_id  bigint      not null references news_column (id),
    site_code  varchar(40) not null references news_site (code),
    primary key (column_id, site_code)
);

create sequence news_article_seq start with 1 increment by 20;
create table news_article (
    id             bigint        primary key,
    column_id      bigint        not null references news_column (id),
    title          varchar(200)  not null,
    subtitle       varchar(200),
    source         varchar(100)  not null,
    repost_url     varchar(500),
    author         varchar(60),
    body           varchar(100000) not null,
    cover_image_id bigint,
    pinned         boolean       not null,
    publish_at     timestamp with time zone,
    expire_at      timestamp with time zone,
    status         varchar(20)   not null,
    review_round   integer       not null,
    approvals      integer       not null,
    revision       integer       not null,
    created_by     varchar(60)   not null,
    created_at     timestamp with time zone not null,
    published_at   timestamp with time zone,
    version        bigint        not null
);
create index news_article_column_status on news_article (column_id, status, published_at);
create index news_article_status on news_article (status);

create table news_article_tag (
    article_id  bigint      not null references news_article (id),
    position    integer     not null,
    tag         varchar(30) not null,
    primary key (article_id, position)
);

create sequence news_article_version_seq start with 1 increment by 20;
create table news_article_version (
    id          bigint        primary key,
    article_id  bigint        not null references news_article (id),
    revision    integer       not null,
    title       varchar(200)  not null,
    subtitle    varchar(200),
    body        varchar(100000) not null,
    saved_by    varchar(60)   not null,
    saved_at    timestamp with time zone not null,
    constraint news_article_version_revision unique (article_id, revision)
);

create sequence news_review_step_seq start with 1 increment by 20;
create table news_review_step (
    id          bigint        primary key,
    article_id  bigint        not null references news_article (id),
    review_round integer      not null,
    level       integer       not null,
    action      varchar(20)   not null,
    actor       varchar(60)   not null,
    comment     varchar(1000),
    acted_at    timestamp with time zone not null
);
create index news_review_step_article on news_review_step (article_id);

create sequence news_image_seq start with 1 increment by 20;
create table news_image (
    id            bigint        primary key,
    site_code     varchar(40)   not null references news_site (code),
    alt           varchar(200)  not null,
    content_type  varchar(60)   not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_by   varchar(60)   not null,
    uploaded_at   timestamp with time zone not null
);

create sequence news_topic_seq start with 1 increment by 20;
create table news_topic (
    id            bigint        primary key,
    slug          varchar(40)   not null unique,
    site_code     varchar(40)   not null references news_site (code),
    title         varchar(100)  not null,
    banner_text   varchar(200)  not null,
    banner_image_id bigint,
    introduction  varchar(2000) not null,
    created_at    timestamp with time zone not null,
    version       bigint        not null
);

-- A curated slot of a topic: a lead article, a column, a link, an interview or a hearing.
create table news_topic_slot (
    topic_id  bigint        not null references news_topic (id),
    position  integer       not null,
    kind      varchar(20)   not null,
    label     varchar(100)  not null,
    target    varchar(300)  not null,
    primary key (topic_id, position)
);
