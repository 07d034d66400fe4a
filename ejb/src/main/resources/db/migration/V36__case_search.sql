-- Staff case search: by the resident's mobile (newest first) and by the day received; the other
-- criteria narrow what these and the existing queue index find.
create index case_file_mobile on case_file (resident_mobile, received_at);
create index case_file_received on case_file (received_at);
