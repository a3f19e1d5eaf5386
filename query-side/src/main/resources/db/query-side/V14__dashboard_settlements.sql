-- The dashboard's evaluations and settlements (rows in dashboard_entity, kinds EVALUATION and SETTLEMENT), a
-- project's budget, the settlements' money and open PIPs.
ALTER TABLE dashboard_entity ADD COLUMN amount DECIMAL(19, 2);

-- Per settlement: what it deducted (while approved or paid) and what was paid, in which month, for which project.
CREATE TABLE dashboard_settlement (
    settlement_id VARCHAR(255)   NOT NULL PRIMARY KEY,
    project_id    VARCHAR(255),
    currency      VARCHAR(3)     NOT NULL,
    deducted      DECIMAL(19, 2) NOT NULL,
    paid          DECIMAL(19, 2) NOT NULL,
    paid_month    VARCHAR(7)
);

-- Money figures maintained incrementally, rows at zero deleted: 'penalties.deducted' (item ''),
-- 'settlements.paid' keyed by month (with the count of settlements), 'projects.paid' and 'projects.budget' by project.
CREATE TABLE dashboard_money (
    figure   VARCHAR(32)    NOT NULL,
    item     VARCHAR(255)   NOT NULL,
    currency VARCHAR(3)     NOT NULL,
    amount   DECIMAL(19, 2) NOT NULL,
    items    BIGINT         NOT NULL,
    PRIMARY KEY (figure, item, currency)
);

CREATE TABLE dashboard_pip (
    contract_id   VARCHAR(255) NOT NULL,
    pip_id        VARCHAR(255) NOT NULL,
    vendor_id     VARCHAR(255) NOT NULL,
    status        VARCHAR(32)  NOT NULL,
    plan_due_on   DATE,
    plan_overdue  BOOLEAN      NOT NULL,
    PRIMARY KEY (contract_id, pip_id)
);
CREATE INDEX dashboard_pip_status_idx ON dashboard_pip (status, plan_due_on);
