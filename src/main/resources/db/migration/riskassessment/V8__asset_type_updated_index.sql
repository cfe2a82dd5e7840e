-- The asset list filtered by type and sorted by last change. V7 left it without an index to keep the asset import
-- fast; the list then walks the last-change index and skips the other types. After an import of 100,000 assets of
-- other types, which all changed last, every page of it skipped those first: 22 ms a page under the register load,
-- 37 % of the database's time (bench/profile-registers.sh, docs/performance.md). The asset import had room for one
-- more index: 37,807 rows/s in the run before this one, against the 30,000 the issue asks.
create index ix_asset_type_updated on asset (organization_id, type, updated_at desc, id);
