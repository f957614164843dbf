package org.chenggeng.project;

import org.chenggeng.shared.DomainException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A precondition of a lifecycle step held by another module (which depends on this one): the inspection module's
 * 验收 gate (a passed completion acceptance, no open severe issue, every household's acceptance) and 移交 gate (a
 * hand-over record), say. The lifecycle refuses the step while any guard names a gap, and the step's dialog lists
 * them all beforehand.
 */
public interface TransitionGuard {

    /** What the project still lacks before it may move to {@code target}, one sentence each; empty when nothing. */
    List<Gap> gaps(long projectId, ProjectStatus target);

    /** What the step may be filled in with, from the guard's own records (the acceptance's date and organiser). */
    default Optional<Prefill> prefill(long projectId, ProjectStatus target) {
        return Optional.empty();
    }

    /** One missing precondition: a message key and its arguments. */
    record Gap(String messageKey, List<Object> arguments) {

        public Gap {
            arguments = List.copyOf(arguments);
        }

        public static Gap of(String messageKey, Object... arguments) {
            return new Gap(messageKey, List.of(arguments));
        }

        public DomainException refusal() {
            return new DomainException(messageKey, arguments.toArray());
        }
    }

    /** A date and a body the step's dialog offers first. */
    record Prefill(LocalDate date, String body) {
    }
}
