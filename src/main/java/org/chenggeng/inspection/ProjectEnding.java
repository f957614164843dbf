package org.chenggeng.inspection;

import org.chenggeng.project.ProjectHeader;

import java.time.LocalDate;
import java.util.Map;

/**
 * How far one project has come at its end, for the report's table and the dashboard's lists: inspections recorded,
 * its issues by severity, its per-household acceptance (null without in-home works), its latest completion acceptance
 * and its hand-over (null while there is none).
 */
public record ProjectEnding(ProjectHeader project, long inspections, Map<Severity, IssueCounts> issues,
                            Households households, Completion completion, HandedOver handover) {

    public ProjectEnding {
        issues = Map.copyOf(issues);
    }

    /**
     * Issues of one severity: not closed (of which waiting for re-check, and overdue: the project manager's turn and
     * past the deadline), and closed.
     */
    public record IssueCounts(long open, long awaitingRecheck, long overdue, long closed) {

        public static final IssueCounts NONE = new IssueCounts(0, 0, 0, 0);

        IssueCounts plus(Issue i, LocalDate today) {
            boolean closedOne = i.getStatus() == IssueStatus.CLOSED;
            return new IssueCounts(open + (closedOne ? 0 : 1), awaitingRecheck + (i.awaitingRecheck() ? 1 : 0),
                    overdue + (i.overdue(today) ? 1 : 0), closed + (closedOne ? 1 : 0));
        }

        public long raised() {
            return open + closed;
        }
    }

    /** Households accepted of those the project touches, and whether an official recorded an exception. */
    public record Households(int accepted, int households, boolean waived) {
    }

    /** The latest completion acceptance: its conclusion and date. */
    public record Completion(Conclusion conclusion, LocalDate date) {
    }

    /** The receiving body, its kind and the date of the hand-over. */
    public record HandedOver(ReceivingKind kind, String body, LocalDate date) {
    }

    public IssueCounts issues(Severity severity) {
        return issues.getOrDefault(severity, IssueCounts.NONE);
    }

    /** Whether nothing of the end has been recorded: no inspection, issue, in-home works, acceptance or hand-over. */
    public boolean isEmpty() {
        return inspections == 0 && issues.isEmpty() && households == null && completion == null && handover == null;
    }
}
