package org.chenggeng.notice;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The notices residents read on the portal, without an account: a project's published notices, running, to come or
 * ended, never a draft nor a withdrawn one, and nothing personal (no staff names, no objections). The portal has
 * found the project by its public slug.
 */
@Service
public class NoticeReadService {

    private final NoticeRepository notices;
    private final Clock clock;

    NoticeReadService(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** The project's published notices, the latest period first. */
    @Transactional(readOnly = true)
    public List<PublicNotice> publicNotices(long projectId) {
        LocalDate today = LocalDate.now(clock);
        return notices.findByProjectIdOrderByCreatedAtDescIdDesc(projectId).stream().filter(Notice::isPublic)
                .sorted(Comparator.comparing(Notice::getPeriodStart).reversed()
                        .thenComparing(Notice::getId, Comparator.reverseOrder()))
                .map(n -> of(n, today, clock.getZone())).toList();
    }

    /** One published notice of the project, or empty for an unknown one, a draft, a withdrawn one or another's. */
    @Transactional(readOnly = true)
    public Optional<PublicNotice> publicNotice(long projectId, long noticeId) {
        return notices.findById(noticeId).filter(Notice::isPublic).filter(n -> n.getProjectId() == projectId)
                .map(n -> of(n, LocalDate.now(clock), clock.getZone()));
    }

    private static PublicNotice of(Notice n, LocalDate today, ZoneId zone) {
        NoticeStatus status = n.status(today);
        boolean open = status == NoticeStatus.PUBLISHED && !today.isBefore(n.getPeriodStart());
        return new PublicNotice(n.getId(), n.getProjectId(), n.getKind(), n.getTitle(), n.getBody(),
                n.getPeriodStart(), n.getPeriodEnd(), status, open,
                n.getPublishedAt() == null ? null : LocalDate.ofInstant(n.getPublishedAt(), zone));
    }
}
