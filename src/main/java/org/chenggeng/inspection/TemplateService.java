package org.chenggeng.inspection;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.EntityChanged;
import org.chenggeng.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The checklists per kind of inspection: administrators add, reword, reorder, deactivate and reactivate their lines;
 * everyone signed in reads the active lines a new inspection starts from.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class TemplateService {

    static final String ENTITY = "INSPECTION_TEMPLATE";

    private final TemplateItemRepository items;
    private final ApplicationEventPublisher events;

    TemplateService(TemplateItemRepository items, ApplicationEventPublisher events) {
        this.items = items;
        this.events = events;
    }

    /** A checklist line as the administrator's list shows it. */
    public record Line(Long id, long version, InspectionKind kind, String textZh, String textEn, boolean active) {

        public String text(Locale locale) {
            return "en".equals(locale.getLanguage()) ? textEn : textZh;
        }
    }

    /** Every line of a kind's checklist, active or not, in order. */
    @Transactional(readOnly = true)
    public List<Line> all(InspectionKind kind) {
        return items.findByKindOrderBySortOrderAscIdAsc(kind).stream().map(TemplateService::line).toList();
    }

    /** The lines a new inspection of this kind is checked against. */
    @Transactional(readOnly = true)
    public List<Line> active(InspectionKind kind) {
        return all(kind).stream().filter(Line::active).toList();
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public Long add(InspectionKind kind, String textZh, String textEn) {
        int last = kind == null ? 0 : items.findByKindOrderBySortOrderAscIdAsc(kind).stream()
                .mapToInt(TemplateItem::getSortOrder).max().orElse(0);
        TemplateItem item = items.save(new TemplateItem(kind, textZh, textEn, last + 10));
        events.publishEvent(EntityChanged.created(ENTITY, item.getId(), item.snapshot()));
        return item.getId();
    }

    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void rename(long id, long version, String textZh, String textEn) {
        TemplateItem item = load(id);
        item.checkVersion(version);
        Map<String, String> before = item.snapshot();
        item.rename(textZh, textEn);
        items.saveAndFlush(item);
        events.publishEvent(EntityChanged.updated(ENTITY, id, "UPDATE", before, item.snapshot()));
    }

    /** A deactivated line is no longer asked in new inspections; recorded ones keep it. */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void setActive(long id, long version, boolean active) {
        TemplateItem item = load(id);
        item.checkVersion(version);
        Map<String, String> before = item.snapshot();
        item.setActive(active);
        items.saveAndFlush(item);
        events.publishEvent(EntityChanged.updated(ENTITY, id, active ? "ACTIVATE" : "DEACTIVATE", before,
                item.snapshot()));
    }

    /** Moves a line one place up ({@code -1}) or down ({@code +1}) in its kind's checklist. */
    @Transactional
    @RolesAllowed(Roles.SYSTEM_ADMIN)
    public void move(long id, int direction) {
        TemplateItem item = load(id);
        List<TemplateItem> list = new java.util.ArrayList<>(items.findByKindOrderBySortOrderAscIdAsc(item.getKind()));
        int at = list.indexOf(item);
        int to = at + Integer.signum(direction);
        if (to < 0 || to >= list.size() || direction == 0) {
            return;
        }
        list.remove(at);
        list.add(to, item);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).moveTo((i + 1) * 10);
        }
        events.publishEvent(EntityChanged.updated(ENTITY, id, "MOVE", Map.of(), item.snapshot()));
    }

    private TemplateItem load(long id) {
        return items.findById(id).orElseThrow(NotFoundException::new);
    }

    private static Line line(TemplateItem i) {
        return new Line(i.getId(), i.getVersion(), i.getKind(), i.getTextZh(), i.getTextEn(), i.isActive());
    }
}
