-- Administrative reconsiderations and lawsuits about a body's disclosure decisions in a year, by
-- outcome, as its staff enter them for the annual report (年度报告).
create table disclosure_remedy (
    body_code   varchar(40)  not null references disclosure_body (department_code),
    report_year integer      not null,
    kind        varchar(20)  not null,
    outcome     varchar(20)  not null,
    cases       integer      not null check (cases >= 0),
    entered_by  varchar(60)  not null,
    primary key (body_code, report_year, kind, outcome)
);
