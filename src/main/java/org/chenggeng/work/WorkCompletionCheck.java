package org.chenggeng.work;

import org.chenggeng.project.CompletionCheck;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lists the work items of a project that have not reached their plan. */
@Component
class WorkCompletionCheck implements CompletionCheck {

    private final WorkItemRepository items;
    private final WorkTypeRepository types;
    private final MessageSource messages;

    WorkCompletionCheck(WorkItemRepository items, WorkTypeRepository types, MessageSource messages) {
        this.items = items;
        this.types = types;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> unfinishedWork(long projectId, Locale locale) {
        List<WorkItem> open = items.findByProjectIdOrderByIdAsc(projectId).stream()
                .filter(i -> !i.isRetired() && i.getCompletedQuantity().compareTo(i.getPlannedQuantity()) < 0).toList();
        Map<Long, WorkTypeData> byId = types.findAllById(open.stream().map(WorkItem::getWorkTypeId).distinct().toList())
                .stream().collect(Collectors.toMap(WorkType::getId, WorkType::data));
        Function<WorkItem, String> line = i -> {
            WorkTypeData t = byId.get(i.getWorkTypeId());
            String remaining = i.getPlannedQuantity().subtract(i.getCompletedQuantity()).stripTrailingZeros().toPlainString();
            String unit = "en".equals(locale.getLanguage()) ? t.unit().en(true) : t.unit().zh();
            return messages.getMessage("project.unfinishedLine", new Object[]{t.name(locale), remaining, unit}, locale);
        };
        return open.stream().map(line).toList();
    }
}
