package org.sala.base.metrics;

import io.micrometer.core.instrument.Counter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Counts what a transaction did only once it is committed: a rolled-back change counts nothing. */
public final class AfterCommit {

    private AfterCommit() {}

    /** Increments the counter after the current transaction commits, or at once outside a transaction. */
    public static void increment(Counter counter, double amount) {
        if (amount <= 0) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment(amount);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment(amount);
            }
        });
    }
}
