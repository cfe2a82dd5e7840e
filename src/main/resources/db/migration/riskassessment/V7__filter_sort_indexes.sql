-- Indexes for a filter on a few values combined with a sort. Without them PostgreSQL walks the sort index and skips
-- the rows of the other values: event-based risks sorted by title came after 280,000 asset-based ones (57 ms a page
-- under the benchmark's register load, the costliest statement then; 44 ms by date identified), assets of one type
-- sorted by protection level took 27-32 ms (docs/performance.md); a deep page of event-based risks by residual level
-- 84-123 ms. With these, every sort of the register has an index under the kind filter; the kind index gains the
-- register's full priority order (tie-breaks included).
-- The asset list filtered by type and sorted by last change (22 ms a page under the same load) has no index: each
-- index on asset costs a 100,000-row asset import about a tenth of its time (PostgreSQL's COPY alone: 1.97 s with
-- the indexes before this file, 2.5 s with two more), and the import must stay above 30,000 rows/s.
drop index ix_risk_kind;
create index ix_risk_kind on risk (organization_id, kind, priority_level desc, title, id);
create index ix_risk_kind_title on risk (organization_id, kind, title, id);
create index ix_risk_kind_identified on risk (organization_id, kind, identified_at desc, id);
create index ix_risk_kind_residual on risk (organization_id, kind, residual_level desc, title, id);
create index ix_risk_kind_inherent on risk (organization_id, kind, inherent_level desc, title, id);
create index ix_asset_type_protection on asset (organization_id, type, protection_level desc, name, id);
-- The register's default order and its title order, and the asset list's name and type orders, with their last
-- tie-break (id): a deep page then finds its rows' ids in the index alone (ListQueries.DEFERRED_OFFSET).
drop index ix_risk_priority;
create index ix_risk_priority on risk (organization_id, priority_level desc, title, id);
drop index ix_risk_title;
create index ix_risk_title on risk (organization_id, title, id);
drop index ix_asset_name;
create index ix_asset_name on asset (organization_id, name, id);
drop index ix_asset_type;
create index ix_asset_type on asset (organization_id, type, name, id);
