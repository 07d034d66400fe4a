-- The working-day calendar (工作日历): days that differ from "Monday to Friday worked", i.e.
-- public holidays (HOLIDAY, including those falling on a weekend) and make-up working days on a
-- Saturday or Sunday (WORKDAY, 调休上班). Portable between PostgreSQL and H2 in PostgreSQL mode.
-- The column is written "day" in quotes because DAY is a keyword in H2 (PostgreSQL reads it as day).
--
-- 2025: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12).
-- 2026: 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04).
-- 2027: no notice was published when this was written. The rows marked （预排） apply the rules
--   of the 2025 notice (春节 8 days from 除夕, 劳动节 5, 国庆节 7, the others 3 or only the day
--   itself when it falls on a Wednesday) to the festival dates of the lunar calendar (除夕 02-05,
--   清明 04-05, 端午 06-09, 中秋 09-15); make-up days are placed as in recent years. An
--   administrator confirms or corrects them on the calendar page once the notice is out.

create table calendar_day (
    "day"   date        primary key,
    kind    varchar(10) not null,
    name    varchar(40) not null,
    version bigint      not null,
    constraint calendar_day_kind check (kind in ('HOLIDAY', 'WORKDAY'))
);

insert into calendar_day ("day", kind, name, version) values (date '2025-01-01', 'HOLIDAY', '元旦', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2025-01-26', 'WORKDAY', '春节调休上班', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-01-28', 'HOLIDAY', '春节', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2025-01-29', 'HOLIDAY', '春节', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2025-01-30', 'HOLIDAY', '春节', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2025-01-31', 'HOLIDAY', '春节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2025-02-01', 'HOLIDAY', '春节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2025-02-02', 'HOLIDAY', '春节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-02-03', 'HOLIDAY', '春节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2025-02-04', 'HOLIDAY', '春节', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2025-02-08', 'WORKDAY', '春节调休上班', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2025-04-04', 'HOLIDAY', '清明节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2025-04-05', 'HOLIDAY', '清明节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2025-04-06', 'HOLIDAY', '清明节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-04-27', 'WORKDAY', '劳动节调休上班', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-05-01', 'HOLIDAY', '劳动节', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2025-05-02', 'HOLIDAY', '劳动节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2025-05-03', 'HOLIDAY', '劳动节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2025-05-04', 'HOLIDAY', '劳动节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-05-05', 'HOLIDAY', '劳动节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2025-05-31', 'HOLIDAY', '端午节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2025-06-01', 'HOLIDAY', '端午节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-06-02', 'HOLIDAY', '端午节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2025-09-28', 'WORKDAY', '国庆节、中秋节调休上班', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-10-01', 'HOLIDAY', '国庆节、中秋节', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2025-10-02', 'HOLIDAY', '国庆节、中秋节', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2025-10-03', 'HOLIDAY', '国庆节、中秋节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2025-10-04', 'HOLIDAY', '国庆节、中秋节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2025-10-05', 'HOLIDAY', '国庆节、中秋节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2025-10-06', 'HOLIDAY', '国庆节、中秋节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2025-10-07', 'HOLIDAY', '国庆节、中秋节', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2025-10-08', 'HOLIDAY', '国庆节、中秋节', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2025-10-11', 'WORKDAY', '国庆节、中秋节调休上班', 0); -- 周六

insert into calendar_day ("day", kind, name, version) values (date '2026-01-01', 'HOLIDAY', '元旦', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2026-01-02', 'HOLIDAY', '元旦', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2026-01-03', 'HOLIDAY', '元旦', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-01-04', 'WORKDAY', '元旦调休上班', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-02-14', 'WORKDAY', '春节调休上班', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-02-15', 'HOLIDAY', '春节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-02-16', 'HOLIDAY', '春节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2026-02-17', 'HOLIDAY', '春节', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2026-02-18', 'HOLIDAY', '春节', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2026-02-19', 'HOLIDAY', '春节', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2026-02-20', 'HOLIDAY', '春节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2026-02-21', 'HOLIDAY', '春节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-02-22', 'HOLIDAY', '春节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-02-23', 'HOLIDAY', '春节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2026-02-28', 'WORKDAY', '春节调休上班', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-04-04', 'HOLIDAY', '清明节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-04-05', 'HOLIDAY', '清明节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-04-06', 'HOLIDAY', '清明节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2026-05-01', 'HOLIDAY', '劳动节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2026-05-02', 'HOLIDAY', '劳动节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-05-03', 'HOLIDAY', '劳动节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-05-04', 'HOLIDAY', '劳动节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2026-05-05', 'HOLIDAY', '劳动节', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2026-05-09', 'WORKDAY', '劳动节调休上班', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-06-19', 'HOLIDAY', '端午节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2026-06-20', 'HOLIDAY', '端午节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-06-21', 'HOLIDAY', '端午节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-09-20', 'WORKDAY', '国庆节调休上班', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-09-25', 'HOLIDAY', '中秋节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2026-09-26', 'HOLIDAY', '中秋节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-09-27', 'HOLIDAY', '中秋节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-10-01', 'HOLIDAY', '国庆节', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2026-10-02', 'HOLIDAY', '国庆节', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2026-10-03', 'HOLIDAY', '国庆节', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2026-10-04', 'HOLIDAY', '国庆节', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2026-10-05', 'HOLIDAY', '国庆节', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2026-10-06', 'HOLIDAY', '国庆节', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2026-10-07', 'HOLIDAY', '国庆节', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2026-10-10', 'WORKDAY', '国庆节调休上班', 0); -- 周六

insert into calendar_day ("day", kind, name, version) values (date '2027-01-01', 'HOLIDAY', '元旦（预排）', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2027-01-02', 'HOLIDAY', '元旦（预排）', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2027-01-03', 'HOLIDAY', '元旦（预排）', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2027-01-31', 'WORKDAY', '春节调休上班（预排）', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2027-02-05', 'HOLIDAY', '春节（预排）', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2027-02-06', 'HOLIDAY', '春节（预排）', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2027-02-07', 'HOLIDAY', '春节（预排）', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2027-02-08', 'HOLIDAY', '春节（预排）', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2027-02-09', 'HOLIDAY', '春节（预排）', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2027-02-10', 'HOLIDAY', '春节（预排）', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2027-02-11', 'HOLIDAY', '春节（预排）', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2027-02-12', 'HOLIDAY', '春节（预排）', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2027-02-13', 'WORKDAY', '春节调休上班（预排）', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2027-04-03', 'HOLIDAY', '清明节（预排）', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2027-04-04', 'HOLIDAY', '清明节（预排）', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2027-04-05', 'HOLIDAY', '清明节（预排）', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2027-05-01', 'HOLIDAY', '劳动节（预排）', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2027-05-02', 'HOLIDAY', '劳动节（预排）', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2027-05-03', 'HOLIDAY', '劳动节（预排）', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2027-05-04', 'HOLIDAY', '劳动节（预排）', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2027-05-05', 'HOLIDAY', '劳动节（预排）', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2027-05-08', 'WORKDAY', '劳动节调休上班（预排）', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2027-06-09', 'HOLIDAY', '端午节（预排）', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2027-09-15', 'HOLIDAY', '中秋节（预排）', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2027-09-26', 'WORKDAY', '国庆节调休上班（预排）', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2027-10-01', 'HOLIDAY', '国庆节（预排）', 0); -- 周五
insert into calendar_day ("day", kind, name, version) values (date '2027-10-02', 'HOLIDAY', '国庆节（预排）', 0); -- 周六
insert into calendar_day ("day", kind, name, version) values (date '2027-10-03', 'HOLIDAY', '国庆节（预排）', 0); -- 周日
insert into calendar_day ("day", kind, name, version) values (date '2027-10-04', 'HOLIDAY', '国庆节（预排）', 0); -- 周一
insert into calendar_day ("day", kind, name, version) values (date '2027-10-05', 'HOLIDAY', '国庆节（预排）', 0); -- 周二
insert into calendar_day ("day", kind, name, version) values (date '2027-10-06', 'HOLIDAY', '国庆节（预排）', 0); -- 周三
insert into calendar_day ("day", kind, name, version) values (date '2027-10-07', 'HOLIDAY', '国庆节（预排）', 0); -- 周四
insert into calendar_day ("day", kind, name, version) values (date '2027-10-09', 'WORKDAY', '国庆节调休上班（预排）', 0); -- 周六
