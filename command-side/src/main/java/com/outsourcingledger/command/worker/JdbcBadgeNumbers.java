package com.outsourcingledger.command.worker;

import com.outsourcingledger.api.refusal.Refusal;
import com.outsourcingledger.api.refusal.WorkerRuleCodes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Claims badge numbers in the transaction that appends the worker's badge event, as vendor credit codes are
 * claimed. ON CONFLICT DO NOTHING rather than catching the duplicate key: on PostgreSQL a failed insert would
 * abort the whole transaction, event append included.
 */
@Component
class JdbcBadgeNumbers implements BadgeNumbers {

    private final JdbcClient jdbc;

    JdbcBadgeNumbers(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void claim(String badgeNumber, String workerId) {
        int inserted = jdbc.sql("""
                        INSERT INTO worker_badge_number (badge_number, worker_id) VALUES (:badge, :worker)
                        ON CONFLICT DO NOTHING""")
                .param("badge", badgeNumber)
                .param("worker", workerId)
                .update();
        if (inserted == 0 && !holderOf(badgeNumber).filter(workerId::equals).isPresent()) {
            throw Refusal.conflict(WorkerRuleCodes.BADGE_NUMBER_TAKEN,
                    "Badge number " + badgeNumber + " is already another worker's");
        }
    }

    private Optional<String> holderOf(String badgeNumber) {
        return jdbc.sql("SELECT worker_id FROM worker_badge_number WHERE badge_number = :badge")
                .param("badge", badgeNumber)
                .query(String.class)
                .optional();
    }
}
