-- Reply templates (答复模板) that department heads edit: shared ones (no department, edited by the
-- administrator) and each department's own. Seeded with the five the reply form offered before.
create sequence reply_template_seq start with 100 increment by 20;
create table reply_template (
    id              bigint        primary key,
    department_code varchar(40)   references department (code),
    name            varchar(60)   not null,
    name_en         varchar(60)   not null,
    body            varchar(2000) not null,
    body_en         varchar(2000) not null,
    position        integer       not null,
    version         bigint        not null
);
create index reply_template_department on reply_template (department_code, position);

insert into reply_template (id, department_code, name, name_en, body, body_en, position, version) values
(1, null, '感谢反映（通用）', 'Thanks (general)',
 '您好！感谢您对我市工作的关心和支持。关于您反映的问题，我单位高度重视，现答复如下：

如有疑问，请拨打我单位咨询电话。',
 'Hello, thank you for your concern for the city. We have looked into what you raised and reply as follows:

If anything is unclear, please call our enquiry line.',
 1, 0),
(2, null, '经核实情况属实', 'Verified on site',
 '您好！经我单位工作人员现场核实，您反映的情况属实。我单位已责成相关科室于近日处理完毕，处理结果如下：',
 'Hello, our staff verified on site that the situation is as you described. The responsible section has been told to deal with it; the result is as follows:',
 2, 0),
(3, null, '已整改完毕', 'Put right',
 '您好！您反映的问题已整改完毕。整改情况如下：

感谢您的监督，欢迎继续对我们的工作提出意见和建议。',
 'Hello, the problem you reported has been put right, as follows:

Thank you for your watchfulness; we welcome further comments.',
 3, 0),
(4, null, '政策解答', 'Policy answer',
 '您好！关于您咨询的问题，根据相关政策规定，答复如下：

具体办理可携带有效证件到政务服务中心相关窗口咨询办理。',
 'Hello, under the relevant rules the answer to your question is as follows:

You may apply in person with valid identification at the government service centre.',
 4, 0),
(5, null, '不属本单位职责（告知渠道）', 'Not our responsibility (where to go)',
 '您好！经研究，您反映的问题不属于我单位职责范围，建议您向有关主管部门反映。感谢您的理解与支持。',
 'Hello, the matter you raised is not within our department''s responsibilities; please contact the competent authority. Thank you for your understanding.',
 5, 0);
