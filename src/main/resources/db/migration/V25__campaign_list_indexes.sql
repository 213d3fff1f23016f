-- The paged lists of a campaign (issue 13.2): an agency's open tasks on the run page (its filters "overdue" and
-- "open task of a milestone", and the open tasks of the page's agencies), and a reviewing department's open
-- appraisals, soonest deadline first.
create index work_item_agency_idx on work_item (agency_id, campaign_id, state);
create index work_item_reviewer_idx on work_item (reviewer_agency_id, state, due_at);
