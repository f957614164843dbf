package org.chenggeng.inspection;

import org.chenggeng.consultation.HouseholdRow;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.shared.StaleDataException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a household's acceptance at its door. Two people recording the first visit of one household at the same
 * moment both find it not visited; the unique (project, household) row lets only the first in, and the second is
 * told in words that the door was just recorded by someone else, with nothing of theirs written (the transaction
 * rolls back, the issue for defects is not raised) and nothing of the first one's overwritten.
 */
@Component
class DoorSaving {

    static final String JUST_RECORDED = "household.acceptance.error.justRecorded";

    private final HouseholdAcceptanceRepository acceptances;
    private final EvidenceService evidence;

    DoorSaving(HouseholdAcceptanceRepository acceptances, EvidenceService evidence) {
        this.acceptances = acceptances;
        this.evidence = evidence;
    }

    /** The refusal for a door recorded by someone else since the user saw it not visited. */
    static StaleDataException justRecorded(HouseholdRow household) {
        return new StaleDataException(JUST_RECORDED, household.address());
    }

    /**
     * Saves and flushes the visit, so that a conflict shows here: for a first visit the unique row (or, while the
     * other's insert is not yet committed, the database's lock on it), for a later one the version.
     */
    void save(HouseholdAcceptance a, boolean first, HouseholdRow household) {
        try {
            acceptances.saveAndFlush(a);
        } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
            if (first) {
                throw justRecorded(household);
            }
            if (e instanceof ConcurrencyFailureException) {
                throw new StaleDataException();
            }
            throw e;
        }
    }

    /** The drawn signature as evidence of the record, seen only by the committee and administrators. */
    void attachSignature(long acceptanceId, byte[] png) {
        try {
            Path file = Files.createTempFile("signature-", ".png");
            Files.write(file, png);
            evidence.attach(new AttachRequest(OwnerType.HOUSEHOLD_ACCEPTANCE, acceptanceId, null, null, null, false),
                    file, "signature.png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
