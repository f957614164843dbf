package org.chenggeng.notice;

import org.chenggeng.consultation.FeedbackCategory;
import org.chenggeng.consultation.ResidentFeedback;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.Snapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Residents' objections to a notice: received only while its period runs, each recorded as feedback in the project's
 * queue (channel 线上, anonymous, to be answered by the committee as any other) and linked to the notice. The
 * feedback's text opens with the notice it objects to, so that the queue says what it is about. Staff read a
 * notice's objections with {@link #of}, the residents' words only where they may read feedback.
 */
@Service
public class NoticeObjections {

    /** The most a resident may write; the feedback holds 2 000 characters with the notice's name before them. */
    static final int TEXT_MAX = 1800;
    private static final int TITLE_SHOWN = 40;

    private final NoticeRepository notices;
    private final NoticeObjectionRepository objections;
    private final ResidentFeedback feedback;
    private final NoticeAccess access;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NoticeObjections(NoticeRepository notices, NoticeObjectionRepository objections, ResidentFeedback feedback,
                     NoticeAccess access, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.objections = objections;
        this.feedback = feedback;
        this.access = access;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Records a resident's objection to a published notice of the project during its period, without an account;
     * returns the feedback's id. Before the period, after it, or to a notice not published: refused, saying why and
     * when. {@code category} may be {@code null} (其他).
     */
    @Transactional
    public Long object(long projectId, long noticeId, FeedbackCategory category, String text) {
        Notice n = notices.findById(noticeId).filter(x -> x.getProjectId() == projectId && x.isPublic())
                .orElseThrow(NotFoundException::new);
        n.requireRunning(LocalDate.now(clock));
        if (text == null || text.isBlank()) {
            throw new DomainException("notice.error.objectionRequired");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw new DomainException("error.tooLong", TEXT_MAX);
        }
        String title = n.getTitle().length() > TITLE_SHOWN ? n.getTitle().substring(0, TITLE_SHOWN) + "…" : n.getTitle();
        String content = messages.getMessage("notice.objection.prefix", new Object[]{title}, Locale.SIMPLIFIED_CHINESE)
                + text.strip();
        Long feedbackId = feedback.receive(projectId, category == null ? FeedbackCategory.OTHER : category, content);
        objections.save(new NoticeObjection(noticeId, feedbackId, clock.instant()));
        events.publishEvent(EntityChanged.updated(NoticeService.ENTITY, noticeId, "OBJECTION", Map.of(),
                Snapshot.of().put("projectId", projectId).put("feedbackId", feedbackId).toMap()));
        return feedbackId;
    }

    /** A notice's objections, oldest first, as feedback stands in the queue; refused where its project is. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ResidentFeedback.FeedbackState> of(long noticeId) {
        Notice n = notices.findById(noticeId).orElseThrow(NotFoundException::new);
        access.project(n.getProjectId());
        List<Long> ids = objections.findByNoticeIdOrderByReceivedAtAsc(noticeId).stream()
                .map(NoticeObjection::getFeedbackId).toList();
        return ids.isEmpty() ? List.of() : feedback.states(n.getProjectId(), ids);
    }
}
