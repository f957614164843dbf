package org.chenggeng.consultation;

import org.chenggeng.consultation.FeedbackService.FeedbackRow;
import org.chenggeng.consultation.FeedbackService.LinkedItem;
import org.chenggeng.work.WorkItemRow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** How much of a feedback's household a reader sees: who keeps the compound's register sees whose it is. */
final class FeedbackRows {

    private FeedbackRows() {
    }

    /**
     * A feedback row: the household's full address and owner only where the user keeps that compound's register,
     * building and unit for everyone else who may read feedback.
     */
    static FeedbackRow row(Feedback f, Household h, Map<Long, Integer> roundNumbers, Map<Long, WorkItemRow> items,
                           Set<Long> ownCompounds, String callbackPhone) {
        String household = null;
        if (h != null) {
            household = ownCompounds.contains(h.getCompoundId())
                    ? HouseholdService.address(h) + (h.getOwnerName() == null ? "" : " " + h.getOwnerName())
                    : h.getBuilding() + "-" + h.getUnit();
        }
        List<LinkedItem> linked = f.getWorkItemIds().stream().map(items::get).filter(Objects::nonNull)
                .map(i -> new LinkedItem(i.id(), i.nameZh(), i.nameEn(), i.percent())).toList();
        return new FeedbackRow(f.getId(), f.getVersion(), f.getHouseholdId(), household,
                f.getRoundId() == null ? null : roundNumbers.get(f.getRoundId()), f.getChannel(), f.getCategory(),
                f.getContent(), f.getReceivedOn(), f.getRecordedBy(), f.getStatus(), f.getDecision(),
                f.getDecisionReason(), f.getResponse(), f.getRespondedOn(), linked, !ownCompounds.isEmpty(), true,
                f.getModeration(), f.getModerationReason(), ownCompounds.isEmpty() ? null : callbackPhone);
    }
}
