-- Applications for government information (依申请公开): the applicant, what they want and how,
-- the statutory clock (completion, extension, third-party consultation), the answer and the fee.
create sequence disclosure_request_seq start with 1 increment by 20;
create table disclosure_request (
    id                       bigint        primary key,
    number                   varchar(60)   not null unique,
    query_code               varchar(6)    not null,
    body_code                varchar(40)   not null references disclosure_body (department_code),
    organisation             boolean       not null,
    applicant_name           varchar(100)  not null,
    id_number                varchar(30)   not null,
    phone                    varchar(20)   not null,
    email                    varchar(100),
    address                  varchar(200),
    description              varchar(4000) not null,
    delivery                 varchar(10)   not null,
    account                  varchar(60),
    received_on              date          not null,
    clock_start_on           date          not null,
    completion_requested_on  date,
    completion_note          varchar(1000),
    completed_on             date,
    extension_days           integer       not null,
    extension_reason         varchar(500),
    extension_approved_by    varchar(60),
    consulted_party          varchar(200),
    consultation_started_on  date,
    consultation_ended_on    date,
    paused_days              integer       not null,
    status                   varchar(20)   not null,
    answer_type              varchar(30),
    legal_reason             varchar(30),
    answer_text              varchar(4000),
    answer_location          varchar(300),
    other_body               varchar(100),
    answered_on              date,
    answered_by              varchar(60),
    fee_yuan                 integer       not null,
    created_at               timestamp with time zone not null,
    version                  bigint        not null
);
create index disclosure_request_body on disclosure_request (body_code, status);
create index disclosure_request_applicant on disclosure_request (id_number, received_on);
create index disclosure_request_account on disclosure_request (account);
