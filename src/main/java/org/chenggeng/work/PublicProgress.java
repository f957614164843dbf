package org.chenggeng.work;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's planned works and how far each has come, as anyone may read them on the residents' public page
 * (decision 0024): the work type's name, unit, planned and completed quantity and percent; no location note, budget
 * or ledger. Retired items are left out.
 */
@Service
public class PublicProgress {

    private final WorkItemRepository items;
    private final WorkTypeRepository types;

    PublicProgress(WorkItemRepository items, WorkTypeRepository types) {
        this.items = items;
        this.types = types;
    }

    /** One planned work with its progress. */
    public record PublicWork(long id, String nameZh, String nameEn, Unit unit, BigDecimal planned,
                             BigDecimal completed) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }

        /** Completed as a share of planned, in percent with one decimal (may exceed 100). */
        public BigDecimal percent() {
            return planned.signum() == 0 ? BigDecimal.ZERO
                    : completed.multiply(BigDecimal.valueOf(100)).divide(planned, 1, RoundingMode.HALF_UP);
        }
    }

    @Transactional(readOnly = true)
    public List<PublicWork> of(long projectId) {
        List<WorkItem> found = items.findByProjectIdOrderByIdAsc(projectId).stream().filter(i -> !i.isRetired())
                .toList();
        Map<Long, WorkType> byId = types.findAllById(found.stream().map(WorkItem::getWorkTypeId).distinct().toList())
                .stream().collect(Collectors.toMap(WorkType::getId, Function.identity()));
        return found.stream().map(i -> {
            WorkTypeData t = byId.get(i.getWorkTypeId()).data();
            return new PublicWork(i.getId(), t.nameZh(), t.nameEn(), t.unit(), i.getPlannedQuantity(),
                    i.getCompletedQuantity());
        }).toList();
    }
}
