-- A control's statement keeps its whole text (items, filled-in parameters); 4000 characters cut the longest ones.
alter table catalog_control alter column statement set data type varchar(100000);
