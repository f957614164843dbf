package org.chenggeng.funding;

import org.chenggeng.project.ProjectAccess;
import org.chenggeng.project.ProjectStatus;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.work.PeriodLockService;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may see and change a project's money, and when a month takes entries. Reading follows the project's scope
 * ({@link ProjectAccess}: a project outside it does not exist for the user). Writing: administrators, the project's
 * own project managers, and officials whose region covers the project (the street's finance is theirs to report).
 * The ledger takes a month from 立项 on, not in the future and not locked for the project's communities.
 */
@Component
class FundingAccess {

    private final ProjectAccess projects;
    private final CurrentUser currentUser;
    private final PeriodLockService locks;
    private final Clock clock;

    FundingAccess(ProjectAccess projects, CurrentUser currentUser, PeriodLockService locks, Clock clock) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.locks = locks;
        this.clock = clock;
    }

    /** The project if the user may see it, with whether they may change its money. */
    record Target(ProjectAccess.WorkAccess project, Actor actor, boolean mayWrite) {
    }

    Target read(long projectId) {
        ProjectAccess.WorkAccess project = projects.workAccess(projectId);
        Actor actor = currentUser.require();
        return new Target(project, actor, project.mayWrite() || actor.is(Role.OFFICIAL));
    }

    /** The project if the user may change its money; refuses (and audits) anyone else. */
    Target write(long projectId) {
        Target target = read(projectId);
        if (!target.mayWrite()) {
            throw currentUser.deny(target.actor(), "funding.write project " + projectId);
        }
        return target;
    }

    /** Many projects (an import's), if the user may change the money of every one; refuses (and audits) otherwise. */
    Map<Long, Target> write(Collection<Long> projectIds) {
        Actor actor = currentUser.require();
        Map<Long, Target> targets = new LinkedHashMap<>();
        projects.workAccess(projectIds).forEach((id, p) -> {
            Target target = new Target(p, actor, p.mayWrite() || actor.is(Role.OFFICIAL));
            if (!target.mayWrite()) {
                throw currentUser.deny(actor, "funding.write project " + id);
            }
            targets.put(id, target);
        });
        return targets;
    }

    /** The project if the ledger takes an entry in this month for it now. */
    Target ledger(long projectId, YearMonth month) {
        Target target = write(projectId);
        ProjectStatus status = target.project().status();
        if (status.ordinal() < ProjectStatus.APPROVED.ordinal()) {
            throw new DomainException("funding.error.notApproved", MessageKey.of(status.labelKey()));
        }
        if (month == null) {
            throw new DomainException("funding.error.monthRequired");
        }
        if (month.getYear() < 2000 || month.getYear() > 2100) {
            throw new DomainException("funding.error.monthRange", month.toString());
        }
        if (month.isAfter(YearMonth.now(clock))) {
            throw new DomainException("funding.error.futureMonth", month.toString());
        }
        requireUnlocked(target, month);
        return target;
    }

    void requireUnlocked(Target target, YearMonth month) {
        if (isLocked(target, month)) {
            throw new DomainException("funding.error.monthLocked", month.toString());
        }
    }

    boolean isLocked(Target target, YearMonth month) {
        return locks.isLocked(target.project().communityIds(), month);
    }
}
