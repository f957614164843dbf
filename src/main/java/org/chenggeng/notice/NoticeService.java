package org.chenggeng.notice;

import org.chenggeng.security.Actor;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A project's public notices as staff keep them: written as drafts, published with their period, withdrawn with a
 * reason; every change audited. Everyone who sees the project reads them; administrators and the officials of the
 * project's region write them (see {@link NoticeAccess}). The residents' side reads through {@link NoticeReadService}.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NoticeService {

    static final String ENTITY = "NOTICE";

    private final NoticeRepository notices;
    private final NoticeObjectionRepository objections;
    private final NoticeAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeService(NoticeRepository notices, NoticeObjectionRepository objections, NoticeAccess access,
                  ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the signed-in user may write and publish the project's notices. */
    @Transactional(readOnly = true)
    public boolean mayPublish(long projectId) {
        access.project(projectId);
        return NoticeAccess.mayPublish(access.actor());
    }

    /** The project's notices, newest first, with their status today. */
    @Transactional(readOnly = true)
    public List<NoticeRow> list(long projectId) {
        access.project(projectId);
        List<Notice> found = notices.findByProjectIdOrderByCreatedAtDescIdDesc(projectId);
        Map<Long, Long> counts = found.isEmpty() ? Map.of() : objections.counts(found.stream().map(Notice::getId)
                .toList()).stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        boolean writer = NoticeAccess.mayPublish(access.actor());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(n -> row(n, counts.getOrDefault(n.getId(), 0L).intValue(), writer, today)).toList();
    }

    /** One notice; refused where its project is. */
    @Transactional(readOnly = true)
    public NoticeRow get(long noticeId) {
        Notice n = notices.findById(noticeId).orElseThrow(NotFoundException::new);
        access.project(n.getProjectId());
        return row(n, objections.findByNoticeIdOrderByReceivedAtAsc(noticeId).size(),
                NoticeAccess.mayPublish(access.actor()), LocalDate.now(clock));
    }

    /** Writes a draft, which residents do not see until it is published. */
    @Transactional
    public Long draft(long projectId, NoticeData data) {
        Actor actor = access.actor();
        access.requirePublisher(projectId, "notice.draft");
        Notice n = notices.save(new Notice(projectId, data, actor.username(), clock.instant(), false));
        events.publishEvent(EntityChanged.created(ENTITY, n.getId(), n.snapshot()));
        return n.getId();
    }

    /** Writes and publishes a notice at once (its period from today, seven days, unless given). */
    @Transactional
    public Long publishNew(long projectId, NoticeData data) {
        Long id = draft(projectId, data);
        Notice n = notices.findById(id).orElseThrow();
        publish(n);
        return id;
    }

    /** Changes a draft. */
    @Transactional
    public void update(long noticeId, long version, NoticeData data) {
        Notice n = writable(noticeId, version, "notice.update");
        Map<String, String> before = n.snapshot();
        n.update(data);
        notices.saveAndFlush(n);
        events.publishEvent(EntityChanged.updated(ENTITY, noticeId, "UPDATE", before, n.snapshot()));
    }

    /** Publishes a draft with the period it names (from today, seven days, where it names none). */
    @Transactional
    public void publish(long noticeId, long version) {
        publish(writable(noticeId, version, "notice.publish"));
    }

    /** Publishes a draft as changed now: the text and period given replace the draft's in the same step. */
    @Transactional
    public void publish(long noticeId, long version, NoticeData data) {
        Notice n = writable(noticeId, version, "notice.publish");
        Map<String, String> before = n.snapshot();
        n.update(data);
        if (!before.equals(n.snapshot())) {
            events.publishEvent(EntityChanged.updated(ENTITY, noticeId, "UPDATE", before, n.snapshot()));
        }
        publish(n);
    }

    private void publish(Notice n) {
        Map<String, String> before = n.snapshot();
        LocalDate today = LocalDate.now(clock);
        n.publish(today, today, access.actor().username(), clock.instant());
        notices.saveAndFlush(n);
        events.publishEvent(EntityChanged.updated(ENTITY, n.getId(), "PUBLISH", before, n.snapshot()));
    }

    /** Withdraws a draft or a published notice with the reason: residents no longer see it; it is kept. */
    @Transactional
    public void withdraw(long noticeId, long version, String reason) {
        Notice n = writable(noticeId, version, "notice.withdraw");
        Map<String, String> before = n.snapshot();
        n.withdraw(reason, access.actor().username(), clock.instant());
        notices.saveAndFlush(n);
        events.publishEvent(EntityChanged.updated(ENTITY, noticeId, "WITHDRAW", before, n.snapshot()));
    }

    private Notice writable(long noticeId, long version, String what) {
        Notice n = notices.findById(noticeId).orElseThrow(NotFoundException::new);
        access.requirePublisher(n.getProjectId(), what + " " + noticeId);
        n.checkVersion(version);
        return n;
    }

    static NoticeRow row(Notice n, int objectionCount, boolean writer, LocalDate today) {
        NoticeStatus status = n.status(today);
        return new NoticeRow(n.getId(), n.getVersion(), n.getProjectId(), n.getKind(), n.getTitle(), n.getBody(),
                n.getPeriodStart(), n.getPeriodEnd(), status, n.getCreatedBy(), n.getCreatedAt(), n.getPublishedBy(),
                n.getPublishedAt(), n.getWithdrawnBy(), n.getWithdrawnAt(), n.getWithdrawalReason(), objectionCount,
                n.isSample(), writer && status == NoticeStatus.DRAFT, writer && status != NoticeStatus.WITHDRAWN);
    }
}
