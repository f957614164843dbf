package org.chenggeng.notice;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.EntityChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Notices marked as sample data for the demo and the tests, as administrator: published with the period given even
 * where it lies in the past (a notice the demo's pilot posted in 2022), which no official may do. Audited as any other.
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class NoticeSamples {

    private final NoticeRepository notices;
    private final NoticeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeSamples(NoticeRepository notices, NoticeAccess access, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A sample notice published with its period, which must name both days. */
    @Transactional
    public Long published(long projectId, NoticeData data) {
        access.project(projectId);
        if (data.periodStart() == null || data.periodEnd() == null) {
            throw new IllegalArgumentException("a sample notice names its period");
        }
        String by = access.actor().username();
        Notice n = notices.save(new Notice(projectId, data, by, clock.instant(), true));
        n.publish(LocalDate.now(clock), LocalDate.MIN, by, clock.instant());
        notices.saveAndFlush(n);
        events.publishEvent(EntityChanged.created(NoticeService.ENTITY, n.getId(), n.snapshot()));
        return n.getId();
    }
}
