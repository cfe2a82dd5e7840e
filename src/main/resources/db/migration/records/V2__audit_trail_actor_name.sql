-- The actor's name as it was when the change happened: an audit trail must not change when a person is renamed.
alter table audit_trail_entry add column actor_name varchar(200);
