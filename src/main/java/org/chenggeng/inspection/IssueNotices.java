package org.chenggeng.inspection;

import org.chenggeng.project.ProjectNotices;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The project page's flag for issues: how many are overdue, or how many are still to be closed. */
@Component
class IssueNotices implements ProjectNotices {

    private final IssueRepository issues;
    private final InspectionAccess access;
    private final Clock clock;

    IssueNotices(IssueRepository issues, InspectionAccess access, Clock clock) {
        this.issues = issues;
        this.access = access;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notice> of(long projectId) {
        access.project(projectId);
        LocalDate today = LocalDate.now(clock);
        List<Issue> open = issues.findByProjectIdOrderByRaisedAtDescIdDesc(projectId).stream()
                .filter(i -> i.getStatus() != IssueStatus.CLOSED).toList();
        if (open.isEmpty()) {
            return List.of();
        }
        String route = "projects/" + projectId + "/inspections?tab=issues";
        long overdue = open.stream().filter(i -> i.overdue(today)).count();
        long severe = open.stream().filter(i -> i.getSeverity() == Severity.SEVERE).count();
        if (overdue > 0) {
            return List.of(new Notice("issue.notice.overdue", List.of(overdue, open.size(), severe), route, true));
        }
        return List.of(new Notice("issue.notice.open", List.of(open.size(), severe), route, severe > 0));
    }
}
