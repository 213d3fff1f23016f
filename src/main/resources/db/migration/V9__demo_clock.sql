-- The demo clock's offset, shared by every node of a cluster (demo profile only; the table stays empty
-- elsewhere): moved on one node, the other nodes follow within seconds, so timers fire on whichever node
-- acquires them at the same moved time.
create table demo_clock (
    id            integer primary key,
    offset_millis bigint not null,
    moved_at      timestamp with time zone not null
);
