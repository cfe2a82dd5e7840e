-- Indexes in the lists' exact sort order, tie-breaker included. An index that matches the sort only in part (other
-- direction, or without the id) makes PostgreSQL sort every row of the organization for each page: the register by
-- "identified", the asset list by protection level or by last change took 100-150 ms a page at 200,000 risks and
-- 120,000 assets under the benchmark's load (docs/performance.md). Same number of indexes as before.
drop index ix_risk_identified;
create index ix_risk_identified on risk (organization_id, identified_at desc, id);
drop index ix_asset_protection;
create index ix_asset_protection on asset (organization_id, protection_level desc, name, id);
drop index ix_asset_updated;
create index ix_asset_updated on asset (organization_id, updated_at desc, id);
