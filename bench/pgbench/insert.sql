-- pgbench custom script: one single-row insert per transaction (autocommit), the raw write floor.
\set n random(1, 1000000000)
insert into floor_insert (id, organization_id, occurred_at, actor_id, action, subject_type, subject_id, summary)
values (gen_random_uuid(), '00000000-0000-0000-0000-000000000001', now(), gen_random_uuid(), 'FloorInsert', 'floor', :n, 'pgbench single-row insert floor');
