-- Government information disclosure (政府信息公开): the classification (主题分类 and 体裁), each
-- body's settings (organisation code of its 索引号, publisher, review levels), the yearly numbers
-- of the 索引号, the documents with their subject words, approvals and attachments.
create table disclosure_class (
    code        varchar(20)  primary key,
    kind        varchar(10)  not null,
    name_zh     varchar(40)  not null,
    name_en     varchar(80)  not null,
    sort_order  integer      not null
);
insert into disclosure_class (code, kind, name_zh, name_en, sort_order) values
    ('T-GOV',     'TOPIC', '综合政务',         'General government affairs', 1),
    ('T-ECON',    'TOPIC', '国民经济管理、国有资产监管', 'Economy and state assets', 2),
    ('T-FIN',     'TOPIC', '财政、金融、审计',   'Finance and audit', 3),
    ('T-LAND',    'TOPIC', '国土资源、能源',     'Land and energy', 4),
    ('T-URBAN',   'TOPIC', '城乡建设、环境保护', 'Urban and rural construction, environment', 5),
    ('T-TRANS',   'TOPIC', '交通',             'Transport', 6),
    ('T-EDU',     'TOPIC', '科技、教育',        'Science and education', 7),
    ('T-HEALTH',  'TOPIC', '卫生、体育',        'Health and sports', 8),
    ('T-LABOUR',  'TOPIC', '劳动、人事、监察',   'Labour and personnel', 9),
    ('T-CIVIL',   'TOPIC', '民政、扶贫、救灾',   'Civil affairs and relief', 10),
    ('T-AGRI',    'TOPIC', '农业、林业、水利',   'Agriculture, forestry, water', 11),
    ('T-MARKET',  'TOPIC', '市场监管、安全生产监管', 'Market regulation and work safety', 12),
    ('G-REG',     'GENRE', '规章',             'Regulation', 1),
    ('G-NORM',    'GENRE', '行政规范性文件',     'Normative document', 2),
    ('G-NOTICE',  'GENRE', '通知',             'Notice', 3),
    ('G-OPINION', 'GENRE', '意见',             'Opinion', 4),
    ('G-PLAN',    'GENRE', '规划计划',          'Plan', 5),
    ('G-REPORT',  'GENRE', '报告',             'Report', 6),
    ('G-ANNOUNCE','GENRE', '公告公示',          'Announcement', 7),
    ('G-INTERP',  'GENRE', '政策解读',          'Policy interpretation', 8);

create table disclosure_body (
    department_code    varchar(40)  primary key,
    organisation_code  varchar(30)  not null unique,
    publisher_zh       varchar(100) not null,
    publisher_en       varchar(200) not null,
    review_levels      integer      not null check (review_levels between 1 and 5),
    version            bigint       not null
);

-- The last number given in a year under an organisation code; taken under a row lock.
create table disclosure_counter (
    organisation_code  varchar(30)  not null,
    counter_year       integer      not null,
    last_number        integer      not null,
    primary key (organisation_code, counter_year)
);

create sequence disclosure_document_seq start with 1 increment by 20;
create table disclosure_document (
    id               bigint        primary key,
    body_code        varchar(40)   not null references disclosure_body (department_code),
    index_number     varchar(60)   unique,
    title            varchar(200)  not null,
    summary          varchar(1000) not null,
    body_text        varchar(20000) not null,
    publisher        varchar(100)  not null,
    written_on       date          not null,
    made_on          date          not null,
    due_on           date          not null,
    document_number  varchar(60),
    topic_code       varchar(20)   not null references disclosure_class (code),
    genre_code       varchar(20)   not null references disclosure_class (code),
    status           varchar(20)   not null,
    levels_required  integer       not null,
    validity         varchar(20)   not null,
    replaced_by_id   bigint        references disclosure_document (id),
    interprets_id    bigint        references disclosure_document (id),
    scheduled_at     timestamp with time zone,
    published_at     timestamp with time zone,
    reject_comment   varchar(500),
    late_flagged     boolean       not null,
    created_by       varchar(60)   not null,
    created_at       timestamp with time zone not null,
    version          bigint        not null
);
create index disclosure_document_body on disclosure_document (body_code, status);
create index disclosure_document_number on disclosure_document (document_number);

create table disclosure_keyword (
    document_id  bigint       not null references disclosure_document (id),
    ord          integer      not null,
    keyword      varchar(30)  not null,
    primary key (document_id, ord)
);

create table disclosure_approval (
    document_id  bigint       not null references disclosure_document (id),
    ord          integer      not null,
    approver     varchar(60)  not null,
    approved_at  timestamp with time zone not null,
    primary key (document_id, ord)
);

create sequence disclosure_attachment_seq start with 1 increment by 20;
create table disclosure_attachment (
    id            bigint        primary key,
    document_id   bigint        not null references disclosure_document (id),
    file_name     varchar(200)  not null,
    content_type  varchar(60)   not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    content       bytea         not null,
    uploaded_by   varchar(60)   not null,
    uploaded_at   timestamp with time zone not null,
    version       bigint        not null
);
create index disclosure_attachment_document on disclosure_attachment (document_id);
