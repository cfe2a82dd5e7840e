-- Indexes for a filter on a few values combined with a sort: the register filtered by kind, the asset list by type.
-- Without them PostgreSQL walks the sort index and skips the rows of the other kinds: event-based risks sorted by
-- title came after 280,000 asset-based ones (57 ms a page under the benchmark's register load, the costliest
-- statement; 44 ms by date identified, 32 ms for assets of one type by protection or last change;
-- docs/performance.md). The kind index gains the register's full priority order (tie-breaks included).
drop index ix_risk_kind;
create index ix_risk_kind on risk (organization_id, kind, priority_level desc, title, id);
create index ix_risk_kind_title on risk (organization_id, kind, title, id);
create index ix_risk_kind_identified on risk (organization_id, kind, identified_at desc, id);
create index ix_asset_type_protection on asset (organization_id, type, protection_level desc, name, id);
create index ix_asset_type_updated on asset (organization_id, type, updated_at desc, id);
