-- ISO/IEC 27001 8.2 leaves the "planned intervals" of risk assessment to the organization: its own interval in days.
-- Null (so every existing row) means the configured default, ordo.risk-assessment.reassessment-interval, so that a
-- change of that setting still reaches the organizations that never chose.
alter table risk_criteria add column reassessment_interval_days integer;
alter table risk_criteria add constraint ck_risk_criteria_reassessment_interval
    check (reassessment_interval_days between 1 and 3650);
