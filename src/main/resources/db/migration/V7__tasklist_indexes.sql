-- The tasklist: tasks claimed by (or assigned to) a user, by state; the group tasks use task_group_group_idx.
create index work_item_assignee_idx on work_item (assignee, state);
