-- Which contract each filed worker serves: a contract with workers has its exit step "access revoked" derived from
-- its workers' exits, not typed in. Written in the transaction that appends the worker's filing.
CREATE TABLE contract_worker (
    worker_id   VARCHAR(255) PRIMARY KEY,
    contract_id VARCHAR(255) NOT NULL
);
CREATE INDEX contract_worker_contract ON contract_worker (contract_id);
