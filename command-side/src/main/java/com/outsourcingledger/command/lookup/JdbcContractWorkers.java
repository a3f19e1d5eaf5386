package com.outsourcingledger.command.lookup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;

/** {@link ContractWorkers} in {@code contract_worker}, written in the transaction of the worker's filing. */
@Component
class JdbcContractWorkers implements ContractWorkers {

    private final JdbcClient jdbc;

    JdbcContractWorkers(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void enlist(String workerId, String contractId) {
        jdbc.sql("""
                        INSERT INTO contract_worker (worker_id, contract_id) VALUES (:worker, :contract)
                        ON CONFLICT DO NOTHING""")
                .param("worker", workerId)
                .param("contract", contractId)
                .update();
    }

    @Override
    public boolean hasWorkers(String contractId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM contract_worker WHERE contract_id = :contract)")
                .param("contract", contractId)
                .query(Boolean.class)
                .single();
    }
}
