-- A piece of evidence is a file or a reference to a document the agency already issued (số ký hiệu, ngày ban
-- hành, cơ quan ban hành, trích yếu, optional link). One piece supports several criteria of a scorecard: each
-- criterion has a row, and the rows of one piece share piece_id (null: the row is the piece's first). A piece
-- attached again from last year's campaign keeps the stored file (reused_from_id), never a second copy.
alter table evidence_file alter column stored_file_id drop not null;
alter table evidence_file add column kind varchar(10) default 'FILE' not null;
alter table evidence_file add column doc_number varchar(100);
alter table evidence_file add column doc_issued_on date;
alter table evidence_file add column doc_issuer varchar(300);
alter table evidence_file add column doc_summary varchar(1000);
alter table evidence_file add column doc_link varchar(500);
alter table evidence_file add column piece_id bigint references evidence_file (id);
alter table evidence_file add column reused_from_id bigint references evidence_file (id);
alter table evidence_file add constraint evidence_file_kind_check check (
    (kind = 'FILE' and stored_file_id is not null)
    or (kind = 'REFERENCE' and doc_number is not null and doc_issued_on is not null));
create index evidence_file_piece_idx on evidence_file (piece_id);
