-- Whether a dashboard row carries any risk flag, indexed: the risk list (/dashboard/risks, and the few listed on
-- /dashboard) reads only the flagged rows instead of matching risk_flags LIKE '%,X,%' over every vendor, contract,
-- evaluation and settlement row.
ALTER TABLE dashboard_entity ADD COLUMN at_risk BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE dashboard_entity SET at_risk = TRUE WHERE risk_flags <> '';
CREATE INDEX dashboard_entity_at_risk ON dashboard_entity (at_risk, kind, entity_id);
