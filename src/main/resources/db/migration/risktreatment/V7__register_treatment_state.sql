-- The register's treatment state (riskassessment V13, risk.treatment_state) for the risks treated before risk
-- treatment reported it, by the rule of TreatmentStateReport.of: a request waiting for the owner, then an acceptance
-- that holds, then an option chosen. Runs after riskassessment's migrations (Spring Modulith migrates the modules in
-- dependency order, and risk treatment depends on risk assessment). Only risks with a treatment or an acceptance are
-- written; every other one keeps the default, UNTREATED.
update risk set treatment_state = case
    when exists (select 1 from risk_acceptance a where a.organization_id = risk.organization_id
                 and a.risk_id = risk.id and a.status = 'REQUESTED') then 'AWAITING_ACCEPTANCE'
    when exists (select 1 from risk_acceptance a where a.organization_id = risk.organization_id
                 and a.risk_id = risk.id and a.status = 'ACCEPTED') then 'ACCEPTED'
    when exists (select 1 from risk_treatment t where t.organization_id = risk.organization_id
                 and t.risk_id = risk.id and t.treatment_option is not null) then 'PLANNED'
    else 'UNTREATED' end
where exists (select 1 from risk_treatment t where t.organization_id = risk.organization_id and t.risk_id = risk.id)
   or exists (select 1 from risk_acceptance a where a.organization_id = risk.organization_id and a.risk_id = risk.id);
