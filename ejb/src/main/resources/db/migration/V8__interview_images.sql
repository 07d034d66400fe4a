-- Images the host and guests show in an interview's posts, and guest photos of announcements:
-- checked by content and stripped of metadata before they are stored; served at a fixed address.
create table interview_image (
    id           varchar(40)  primary key,
    interview_id varchar(40)  references interview (id),
    content_type varchar(60)  not null,
    size_bytes   bigint       not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_by  varchar(60)  not null,
    uploaded_at  timestamp with time zone not null
);
create index interview_image_interview on interview_image (interview_id);

-- The text alternative of a post's image, shown to screen readers and when the image fails.
alter table interview_post add column image_alt varchar(200);
