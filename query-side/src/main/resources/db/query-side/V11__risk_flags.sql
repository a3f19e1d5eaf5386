-- The risk flags (shared-api RiskFlag) as one filter column, e.g. ',FLAGGED,SLA_REVIEW_DUE,', '' for none.
-- A row written before this column existed reads '' until its next event, or until its projection is rebuilt.
ALTER TABLE vendor_view ADD COLUMN risk_flags VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE contract_view ADD COLUMN risk_flags VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE dashboard_entity ADD COLUMN risk_flags VARCHAR(200) DEFAULT '' NOT NULL;
