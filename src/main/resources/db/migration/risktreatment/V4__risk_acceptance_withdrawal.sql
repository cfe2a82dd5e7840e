-- A request or acceptance whose subject changed (treatment, residual rating) is withdrawn: who, when and why.
alter table risk_acceptance add column withdrawn_by uuid;
alter table risk_acceptance add column withdrawn_at timestamp with time zone;
alter table risk_acceptance add column withdrawal_reason varchar(500);
