package org.chenggeng.project;

import org.chenggeng.shared.DomainException;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether residents have consented to a project, supplied by the module that runs consultation rounds (which
 * depends on this one). A project moves to 立项 only with a passed consent round that covers what the project
 * touches, whose tally is recorded with the transition.
 */
public interface ApprovalCheck {

    /** A passed consent round: its id and its tally as recorded with the transition. */
    record Consent(Long roundId, String tally) {
    }

    /** What a project asks consent for: its compounds, and the buildings (or one stairwell) it touches in one. */
    record Subject(long projectId, Set<Long> compoundIds, List<String> buildings, String unit) {

        public Subject {
            compoundIds = Set.copyOf(compoundIds);
            buildings = List.copyOf(buildings);
        }
    }

    /**
     * The consent found, or why there is none: a refusal naming the gap (no passed round, a round that does not
     * cover the project, a register that disagrees with the compound's record).
     */
    record Verdict(Consent consent, String refusalKey, List<Object> refusalArguments) {

        public Verdict {
            refusalArguments = List.copyOf(refusalArguments);
        }

        public static Verdict passed(Consent consent) {
            return new Verdict(consent, null, List.of());
        }

        public static Verdict refused(String key, Object... arguments) {
            return new Verdict(null, key, List.of(arguments));
        }

        public Optional<Consent> found() {
            return Optional.ofNullable(consent);
        }

        /** The refusal as the exception a service throws; {@code null} when consent was found. */
        public DomainException refusal() {
            return consent != null ? null : new DomainException(refusalKey, refusalArguments.toArray());
        }
    }

    /** The verdict on the project's consent: the most recent closed, passed and covering round in each compound. */
    Verdict consent(Subject subject);
}
