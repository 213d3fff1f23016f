-- Several nodes deliver the outbox: a node claims a batch of due mails for a short lease before sending,
-- so no two nodes send the same mail; a claim left by a node that died expires and another node takes over.
alter table outbox_mail add column claim_token varchar(40);
alter table outbox_mail add column claimed_until timestamp with time zone;
create index outbox_mail_claim_idx on outbox_mail (claim_token);
