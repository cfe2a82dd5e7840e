-- The submitter and the decider of a Statement of Applicability version as they were named, and the role they acted
-- in, at the moment they acted (ISO/IEC 27001:2022 7.5.3): the record of approval does not change when a person
-- leaves the organization or is renamed. Versions recorded before stay without (shown with today's names).
alter table soa_version add column created_by_name varchar(200);
alter table soa_version add column created_by_role varchar(40);
alter table soa_version add column decided_by_name varchar(200);
alter table soa_version add column decided_by_role varchar(40);
