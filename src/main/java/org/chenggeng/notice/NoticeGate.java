package org.chenggeng.notice;

import org.chenggeng.project.ProjectStatus;
import org.chenggeng.project.TransitionGuard;
import org.chenggeng.shared.MessageKey;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The 立项 gate of the notices, where it is on ({@link GateRule}): the plan (方案公示) and the consent result
 * (意见征询结果公示) must each have a published notice whose period has ended. Each gap names the notice, and one still
 * running says until when. A withdrawn notice counts for nothing; a draft neither.
 */
@Component
class NoticeGate implements TransitionGuard {

    static final List<NoticeKind> BEFORE_APPROVAL = List.of(NoticeKind.PLAN, NoticeKind.CONSENT_RESULT);

    private final NoticeRepository notices;
    private final GateRule rule;
    private final Clock clock;

    NoticeGate(NoticeRepository notices, GateRule rule, Clock clock) {
        this.notices = notices;
        this.rule = rule;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Gap> gaps(long projectId, ProjectStatus target) {
        if (target != ProjectStatus.APPROVED || !rule.required()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<Notice> published = notices.findByProjectIdAndKindInAndStatus(projectId, Set.copyOf(BEFORE_APPROVAL),
                NoticeStatus.PUBLISHED);
        List<Gap> gaps = new ArrayList<>();
        for (NoticeKind kind : BEFORE_APPROVAL) {
            List<Notice> of = published.stream().filter(n -> n.getKind() == kind).toList();
            if (of.isEmpty()) {
                gaps.add(Gap.of("gate.approved.noticeMissing", MessageKey.of(kind.labelKey())));
            } else if (of.stream().noneMatch(n -> n.status(today) == NoticeStatus.ENDED)) {
                Notice first = of.stream().min(Comparator.comparing(Notice::getPeriodEnd)).orElseThrow();
                gaps.add(Gap.of("gate.approved.noticeRunning", MessageKey.of(kind.labelKey()),
                        first.getPeriodStart().toString(), first.getPeriodEnd().toString()));
            }
        }
        return gaps;
    }
}
