-- The register sorted by residual or inherent level reads a page from these indexes instead of sorting every risk of
-- the organization (100,000 in the benchmark) for each page; id last, as the sort's tie-breaker.
create index ix_risk_residual on risk (organization_id, residual_level desc, title, id);
create index ix_risk_inherent on risk (organization_id, inherent_level desc, title, id);
