-- Issue 12 items 3-5: dormant accounts, password age, the province's composition setting, throttling per address.

-- when the account was last used (a login, its creation, or an administrator enabling it again): the nightly job
-- disables accounts unused for parindex.security.dormant.days. Existing accounts start counting at the upgrade.
alter table app_user add column last_used_at timestamp with time zone default current_timestamp;
update app_user set last_used_at = current_timestamp;
alter table app_user alter column last_used_at set not null;
-- when the nightly job disabled the account for being unused (null: not disabled for that)
alter table app_user add column dormant_since timestamp with time zone;
-- when the password was last set (parindex.security.password.max-age-days counts from there)
alter table app_user add column password_changed_at timestamp with time zone default current_timestamp;
update app_user set password_changed_at = current_timestamp;
alter table app_user alter column password_changed_at set not null;
create index app_user_last_used_idx on app_user (last_used_at);

-- the province asks for letters and digits in every new password (off: length, list and own name only)
alter table organiser add column password_composition boolean default false not null;

-- failed logins per client address across accounts (credential stuffing), shared by every node
create table login_address (
    address       varchar(64) primary key,
    failures      integer     not null,
    window_start  timestamp with time zone not null,
    blocked_until timestamp with time zone
);
