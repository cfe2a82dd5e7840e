-- Indexes for the register filtered by kind (two values) combined with a sort. Without them PostgreSQL walks the sort
-- index and skips the rows of the other kind: event-based risks sorted by title came after 280,000 asset-based ones
-- (57 ms a page under the benchmark's register load, the costliest statement then; 44 ms by date identified;
-- docs/performance.md). The kind index gains the register's full priority order (tie-breaks included).
-- The asset list filtered by type and sorted by protection or last change (22-32 ms a page under the same load) has
-- no such index: the two it would need made a 100,000-row asset import 20 % slower, below its target of 30,000
-- rows/s (PostgreSQL's COPY alone: 1.97 s without them, 2.5 s with them).
drop index ix_risk_kind;
create index ix_risk_kind on risk (organization_id, kind, priority_level desc, title, id);
create index ix_risk_kind_title on risk (organization_id, kind, title, id);
create index ix_risk_kind_identified on risk (organization_id, kind, identified_at desc, id);
