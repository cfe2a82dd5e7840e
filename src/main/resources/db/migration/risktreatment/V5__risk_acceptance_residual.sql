-- The residual rating the risk owner was asked to accept, as it was when requested (ISO/IEC 27001 6.1.3 f).
alter table risk_acceptance add column residual_likelihood integer;
alter table risk_acceptance add column residual_consequence integer;
alter table risk_acceptance add column residual_level integer;
alter table risk_acceptance add column residual_level_name varchar(200);
