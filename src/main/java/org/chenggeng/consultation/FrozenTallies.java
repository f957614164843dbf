package org.chenggeng.consultation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * At start-up, freezes the tallies of rounds closed before tallies were kept with their round (migration 008). A
 * register's past is not kept, so they are counted from the register as it stands then, once; from then on they
 * never change. Each round in its own transaction, so that another instance starting at the same moment only
 * makes this one skip the rounds it froze.
 */
@Component
@Order(5)
class FrozenTallies implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FrozenTallies.class);

    private final RoundRepository rounds;
    private final RoundTallies tallies;
    private final TransactionTemplate transaction;

    FrozenTallies(RoundRepository rounds, RoundTallies tallies, PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.tallies = tallies;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Long> unfrozen = rounds.closedWithoutFrozenTally();
        if (unfrozen.isEmpty()) {
            return;
        }
        int frozen = 0;
        for (Long id : unfrozen) {
            try {
                transaction.executeWithoutResult(status -> freeze(id));
                frozen++;
            } catch (DataIntegrityViolationException | IllegalStateException e) {
                log.info("Round {} was frozen meanwhile", id);
            }
        }
        log.info("Froze the tallies of {} rounds closed before tallies were kept with their round", frozen);
    }

    /** Freezes one closed round's tally from the register as it stands; does nothing to a frozen round. */
    void freeze(Long roundId) {
        ConsultationRound round = rounds.findById(roundId).orElseThrow();
        if (round.getStatus() == RoundStatus.CLOSED && round.frozenCount() == null) {
            round.freeze(tallies.count(round));
            rounds.saveAndFlush(round);
        }
    }
}
