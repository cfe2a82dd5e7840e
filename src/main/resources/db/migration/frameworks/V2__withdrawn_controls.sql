-- Withdrawn controls (OSCAL property status=withdrawn, 182 of NIST SP 800-53 rev5) stay in the catalog for
-- reference but are neither listed in a Statement of Applicability nor selectable to treat a risk.
alter table catalog_control add column withdrawn boolean default false not null;
alter table framework_catalog add column withdrawn_count integer default 0 not null;

-- Catalogs imported before: their properties kept the status line.
update catalog_control set withdrawn = true
    where properties like 'status=withdrawn%' or properties like '%' || chr(10) || 'status=withdrawn%';
update framework_catalog set withdrawn_count = (select count(*) from catalog_control c
    where c.catalog_id = framework_catalog.id and c.withdrawn = true);
