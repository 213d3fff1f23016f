-- A published row keeps its bonus, penalty and late-submission penalty so its lines add up to its total
-- (null in revisions published before this change).
alter table published_row add column bonus_points numeric(9, 2);
alter table published_row add column penalty_points numeric(9, 2);
alter table published_row add column late_penalty_points numeric(9, 2);
