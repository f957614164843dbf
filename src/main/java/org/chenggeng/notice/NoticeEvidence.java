package org.chenggeng.notice;

import org.chenggeng.evidence.EvidenceOwner;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;
import org.chenggeng.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Where a notice's attachments sit, for the evidence module: in its project, seen by whoever sees it; attached (and
 * withdrawn) by who may publish the notice, and only while it is a draft, since a published notice is fixed.
 */
@Component
class NoticeEvidence implements EvidenceOwner {

    private final NoticeRepository notices;
    private final NoticeAccess access;

    NoticeEvidence(NoticeRepository notices, NoticeAccess access) {
        this.notices = notices;
        this.access = access;
    }

    @Override
    public Set<OwnerType> types() {
        return Set.of(OwnerType.NOTICE);
    }

    @Override
    @Transactional(readOnly = true)
    public Place place(OwnerType type, long ownerId, boolean attach) {
        Notice n = notices.findById(ownerId).orElseThrow(NotFoundException::new);
        if (!attach) {
            return new Place(access.project(n.getProjectId()).id(), null);
        }
        long projectId = access.requirePublisher(n.getProjectId(), "evidence.attach NOTICE " + ownerId).id();
        NoticeStatus status = n.status(java.time.LocalDate.MIN);
        if (status != NoticeStatus.DRAFT) {
            throw new DomainException("notice.error.attachDraftOnly", MessageKey.of(status.labelKey()));
        }
        return new Place(projectId, null);
    }
}
