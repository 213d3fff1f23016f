-- The outbox page is paged, sorted and filtered on the server (issue 13.2). Mails carry their recipient and
-- subject folded for the search box (accents optional); rows written before this keep them lower-cased, and the
-- search also matches the subject as written. The indexes serve the newest-first page and its common filters.
alter table outbox_mail add column search_text varchar(1200);
update outbox_mail set search_text = lower(recipient || ' ' || subject);
create index outbox_mail_created_idx on outbox_mail (created_at, id);
create index outbox_mail_agency_idx on outbox_mail (agency_id, created_at);
create index outbox_mail_kind_idx on outbox_mail (kind, created_at);
create index outbox_mail_status_created_idx on outbox_mail (status, created_at);
