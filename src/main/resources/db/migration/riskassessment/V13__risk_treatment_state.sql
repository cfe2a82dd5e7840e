-- The treatment state risk treatment reports for each risk (TreatmentState), for the register's treatment filter.
-- Not null with a default, so every insert that does not name it (the import's COPY, rows written in SQL) stays valid
-- and means "untreated"; risk treatment's own migration V7 sets it for the risks treated before. No index: the
-- register reads a treatment filter's matches once in the sort index's order and keeps them (ListQueries).
alter table risk add column treatment_state varchar(20) default 'UNTREATED' not null;
