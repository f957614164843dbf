package org.chenggeng.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.chenggeng.audit.AuditChainService;
import org.chenggeng.audit.AuditResult;
import org.chenggeng.audit.AuditService;
import org.chenggeng.audit.AuditService.AuditFilter;
import org.chenggeng.audit.AuditService.AuditRow;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.ui.Badges;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Formats;
import org.springframework.data.domain.Sort;

import java.util.List;

/**
 * Who changed or read what, when, from where and with what result, and every login, failure and refusal;
 * filterable, newest first. The audit administrator also checks the chain, exports and archives here.
 */
@Route("audit")
@Menu(title = "menu.audit", order = 20, icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.AUDIT_ADMIN, Roles.OFFICIAL})
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    /** The kinds of record the filter offers: every kind a service audits ({@code AuditVocabularyTest} checks). */
    static final List<String> ENTITIES = List.of("USER", "REGION", "COMPOUND", "PROJECT", "WORK_TYPE",
            "WORK_ITEM", "PERIOD_LOCK", "HOUSEHOLD", "WORKING_GROUP_MEMBER", "CONSULTATION_ROUND",
            "HOUSEHOLD_RESPONSE", "FEEDBACK", "ACCESS_TOKEN", "ATTACHMENT", "FUNDING_SOURCE", "FUNDING_PLAN",
            "INVESTMENT_ENTRY", "ANNUAL_PLAN", "PLAN_LIST_IMPORT", "STATISTICS_SUBMISSION", "INSPECTION",
            "INSPECTION_TEMPLATE", "STAGE_RULE", "ISSUE", "FINDING", "COMPLETION_ACCEPTANCE", "HOUSEHOLD_ACCEPTANCE",
            "ACCEPTANCE_WAIVER", "IN_HOME_ITEMS", "HANDOVER", "NOTICE", "NOTICE_SETTING", "SURVEY_CODES",
            "PUBLIC_PAGE", "AUDIT_ARCHIVE");
    /** The categories of entry: changes, security events, reads of personal data, the log's own operations. */
    static final List<String> CATEGORIES = List.of("CHANGE", "SECURITY", "READ", "AUDIT");

    private final transient AuditService audit;
    private final Grid<AuditRow> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final Select<String> entity = new Select<>();
    private final Select<String> category = new Select<>();
    private final Select<AuditResult> result = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final Span total = new Span();

    AuditLogView(AuditService audit, AuditChainService chain, AuthenticationContext authentication) {
        this.audit = audit;
        addClassName("page");
        setSizeFull();
        actor.setLabel(getTranslation("audit.actor"));
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        actor.setClearButtonVisible(true);
        actor.setWidth("12rem");
        entity.setLabel(getTranslation("audit.entity"));
        entity.setItems(ENTITIES);
        entity.setEmptySelectionAllowed(true);
        entity.setItemLabelGenerator(e -> e == null ? getTranslation("filter.all") : getTranslation("audit.entity." + e));
        category.setLabel(getTranslation("audit.category"));
        category.setItems(CATEGORIES);
        category.setEmptySelectionAllowed(true);
        category.setItemLabelGenerator(c -> c == null ? getTranslation("filter.all") : getTranslation("audit.category." + c));
        result.setLabel(getTranslation("audit.result"));
        result.setItems(AuditResult.values());
        result.setEmptySelectionAllowed(true);
        result.setItemLabelGenerator(r -> r == null ? getTranslation("filter.all") : getTranslation("audit.result." + r));
        result.setId("audit-result-filter");
        from = DatePickers.create(getTranslation("audit.from"), getLocale());
        to = DatePickers.create(getTranslation("audit.to"), getLocale());
        actor.addValueChangeListener(e -> refresh());
        entity.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        result.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        FlexLayout filters = new FlexLayout(actor, entity, category, result, from, to, total);
        filters.addClassName("filter-bar");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.END);
        configureGrid();
        add(new H2(getTranslation("audit.title")));
        if (authentication.hasRole(Roles.AUDIT_ADMIN)) {
            add(new AuditAdminBar(audit, chain, this::filter, this::refresh));
        }
        add(filters, grid);
        refresh();
    }

    private void configureGrid() {
        var locale = getLocale();
        grid.addColumn(r -> "#" + r.seq()).setHeader(getTranslation("audit.seq")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> Formats.dateTime(r.at(), locale)).setHeader(getTranslation("audit.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditRow::actor).setHeader(getTranslation("audit.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.remoteAddress() == null ? getTranslation("audit.address.system") : r.remoteAddress())
                .setHeader(getTranslation("audit.address")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> Badges.of(getTranslation("audit.category." + r.category()),
                "SECURITY".equals(r.category()) ? "error small" : "READ".equals(r.category()) ? "contrast small"
                        : "small")).setHeader(getTranslation("audit.category"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> action(r)).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addComponentColumn(r -> Badges.of(getTranslation("audit.result." + r.result()),
                switch (r.result()) {
                    case SUCCESS -> "success small";
                    case REFUSED -> "warning small";
                    case FAILED -> "error small";
                })).setHeader(getTranslation("audit.result")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.entityType() == null ? "" : getTranslation("audit.entity." + r.entityType())
                        + (r.entityId() == null ? "" : " #" + r.entityId()) + (r.label().isEmpty() ? "" : " " + r.label()))
                .setHeader(getTranslation("audit.entity")).setAutoWidth(true);
        grid.addColumn(this::detail).setHeader(getTranslation("audit.detail")).setFlexGrow(1);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::changeDetails));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setItems(query -> audit.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)
                .withSort(Sort.by(Sort.Direction.DESC, "seq"))).stream(), query -> (int) audit.count(filter()));
        grid.setSizeFull();
        grid.setId("audit-grid");
    }

    private String action(AuditRow r) {
        String key = "audit.action." + r.action();
        String t = getTranslation(key);
        return t.startsWith("!") ? r.action() : t;
    }

    String detail(AuditRow r) {
        String text = AuditTexts.detail(this, r);
        if (r.before() != null || r.after() != null) {
            text = (text + " " + getTranslation("audit.clickForChanges")).trim();
        }
        return text;
    }

    /** The changed fields, labelled in the reader's language: 字段 变更前 → 变更后. */
    Div changeDetails(AuditRow r) {
        Div box = new Div();
        box.addClassName("audit-details");
        box.setId("audit-details-" + r.id());
        boolean both = r.before() != null && r.after() != null;
        for (var f : r.fields()) {
            if (both && java.util.Objects.equals(f.before(), f.after())) {
                continue;
            }
            String change = both ? getTranslation("audit.changedFromTo", AuditTexts.value(this, f.before()),
                    AuditTexts.value(this, f.after()))
                    : AuditTexts.value(this, r.after() != null ? f.after() : f.before());
            Div line = new Div(new Span(AuditTexts.field(this, f.name())), new Span(change));
            line.addClassName("audit-field");
            box.add(line);
        }
        return box;
    }

    private AuditFilter filter() {
        return new AuditFilter(actor.getValue(), entity.getValue(), category.getValue(), from.getValue(), to.getValue(),
                result.getValue());
    }

    private void refresh() {
        total.setText(getTranslation("list.total", audit.count(filter())));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
