package org.chenggeng.work;

import org.chenggeng.shared.DomainException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A rule another module holds over what the progress ledger accepts, supplied by that module (which depends on this
 * one): the inspection module's stage gate, say, under which entries of a following work type wait for a passed
 * inspection of the stage before it. Asked for every new entry, logged on a screen, through the API or from a file;
 * corrections of entries already accepted are not asked again.
 */
public interface ProgressGuard {

    /** The rules for one project, read once, then asked for each entry of a screen's save or an import's file. */
    Gate gate(long projectId);

    /** One project's rules. */
    @FunctionalInterface
    interface Gate {

        /** Why an entry of work done on {@code date} on this item is not accepted; empty when it is. */
        Optional<DomainException> refusal(long workItemId, long workTypeId, LocalDate date);
    }
}
