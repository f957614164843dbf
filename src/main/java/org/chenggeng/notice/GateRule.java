package org.chenggeng.notice;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether 立项 waits for the notices now: the administrator's choice where one was made, else the application property
 * {@code chenggeng.notice.approval-gate} (default {@code false}).
 */
@Component
class GateRule {

    private final NoticeSettingRepository settings;
    private final boolean configured;

    GateRule(NoticeSettingRepository settings, @Value("${chenggeng.notice.approval-gate:false}") boolean configured) {
        this.settings = settings;
        this.configured = configured;
    }

    boolean configured() {
        return configured;
    }

    boolean required() {
        return settings.findById(NoticeSetting.APPROVAL_GATE).map(NoticeSetting::isEnabled).orElse(configured);
    }
}
