package org.chenggeng.demo;

import org.chenggeng.work.ProgressService;
import org.chenggeng.work.WorkItemData;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.chenggeng.work.WorkTypeService;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plans demo work items and logs their progress through the real services: each item's quantity is spread
 * over the working months as entries on the 10th and 25th that add up exactly to the intended total.
 */
@Component
class DemoWork {

    private final WorkTypeService types;
    private final WorkItemService items;
    private final ProgressService progress;

    DemoWork(WorkTypeService types, WorkItemService items, ProgressService progress) {
        this.types = types;
        this.items = items;
        this.progress = progress;
    }

    /** A planned item: work-type code, planned quantity, where. */
    record Plan(String typeCode, String quantity, String location) {
    }

    void plan(Long projectId, List<Plan> plans) {
        Map<String, Long> byCode = types.all().stream()
                .collect(Collectors.toMap(t -> t.data().code(), WorkTypeService.WorkTypeRow::id));
        for (Plan p : plans) {
            items.create(projectId, new WorkItemData(byCode.get(p.typeCode()), new BigDecimal(p.quantity()),
                    p.location(), null, null, null));
        }
    }

    /** Logs {@code share} of each item's plan (1 = all of it) between the two dates. */
    void log(Long projectId, LocalDate from, LocalDate to, double share) {
        List<LocalDate> slots = slots(from, to);
        for (WorkItemRow item : items.items(projectId)) {
            BigDecimal total = item.planned().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.FLOOR);
            if (total.signum() == 0) {
                continue;
            }
            int k = (int) Math.min(slots.size(), total.longValue());
            BigDecimal[] parts = total.divideAndRemainder(BigDecimal.valueOf(k));
            long base = parts[0].longValue();
            long rest = parts[1].longValue();
            for (int i = 0; i < k; i++) {
                long q = base + (i < rest ? 1 : 0);
                LocalDate day = slots.get(slots.size() * i / k);
                progress.log(new ProgressService.LogRequest(item.id(), day, BigDecimal.valueOf(q),
                        null, false));
            }
        }
    }

    private static List<LocalDate> slots(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
            for (int d : new int[]{10, 25}) {
                LocalDate day = month.withDayOfMonth(d);
                if (!day.isBefore(from) && !day.isAfter(to) && !day.isAfter(today)) {
                    days.add(day);
                }
            }
        }
        if (days.isEmpty()) {
            days.add(from);
        }
        return days;
    }
}
