package org.chenggeng.notice;

import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.Snapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Whether 立项 waits for the plan's and the consent result's notice periods to end: the application property
 * {@code chenggeng.notice.approval-gate} (default {@code false}) says so until an administrator decides otherwise on
 * the screen; the administrator's choice is kept in the database and audited, and holds across restarts and
 * instances. Everyone signed in may read it (the lifecycle dialog explains itself with it).
 */
@Service
@PreAuthorize("isAuthenticated()")
public class NoticeSettings {

    static final String ENTITY = "NOTICE_SETTING";

    private final NoticeSettingRepository settings;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final GateRule rule;

    NoticeSettings(NoticeSettingRepository settings, CurrentUser currentUser, ApplicationEventPublisher events,
                   Clock clock, GateRule rule) {
        this.settings = settings;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.rule = rule;
    }

    /**
     * The rule as it holds: whether it is on, what the application property says, and, when an administrator chose,
     * who and when; and whether the signed-in user may change it (administrators).
     */
    public record GateSetting(boolean required, boolean configured, String changedBy, Instant changedAt,
                              boolean mayChange) {
    }

    @Transactional(readOnly = true)
    public GateSetting gate() {
        Actor actor = currentUser.require();
        NoticeSetting s = settings.findById(NoticeSetting.APPROVAL_GATE).orElse(null);
        return new GateSetting(s == null ? rule.configured() : s.isEnabled(), rule.configured(),
                s == null ? null : s.getChangedBy(), s == null ? null : s.getChangedAt(), actor.isAdmin());
    }

    /** Turns the rule on or off for every project; administrators only. */
    @Transactional
    public void setGate(boolean required) {
        Actor actor = currentUser.require();
        if (!actor.isAdmin()) {
            throw currentUser.deny(actor, "notice.setting " + NoticeSetting.APPROVAL_GATE);
        }
        NoticeSetting s = settings.findById(NoticeSetting.APPROVAL_GATE).orElse(null);
        Map<String, String> before = Snapshot.of().put("name", NoticeSetting.APPROVAL_GATE)
                .put("enabled", s == null ? rule.configured() : s.isEnabled()).toMap();
        if (s == null) {
            s = new NoticeSetting(NoticeSetting.APPROVAL_GATE);
        }
        s.set(required, actor.username(), clock.instant());
        settings.saveAndFlush(s);
        events.publishEvent(EntityChanged.updated(ENTITY, NoticeSetting.APPROVAL_GATE, "UPDATE", before,
                Snapshot.of().put("name", NoticeSetting.APPROVAL_GATE).put("enabled", required).toMap()));
    }
}
