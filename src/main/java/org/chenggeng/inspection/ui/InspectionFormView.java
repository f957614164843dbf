package org.chenggeng.inspection.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ui.PhotoUploader;
import org.chenggeng.evidence.ui.PhotoWidgets;
import org.chenggeng.inspection.Conclusion;
import org.chenggeng.inspection.InspectionData;
import org.chenggeng.inspection.InspectionKind;
import org.chenggeng.inspection.InspectionService;
import org.chenggeng.inspection.TemplateService;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.DatePickers;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.UiClock;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.shared.ui.RecordRoute;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Recording an inspection on site, one column on a phone: kind (its checklist follows), date, who took part, the work
 * items looked at, each checklist line, what was found (with photos and the items concerned), the conclusion. Saved
 * whole; the photos then upload to the inspection and its findings while the page stays, and the record opens.
 */
@Route("projects/:id/inspections/new")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.OFFICIAL, Roles.SUPERVISOR})
@StyleSheet("assets/inspection.css")
class InspectionFormView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient InspectionService inspections;
    private final transient TemplateService templates;
    private final transient PhotoWidgets photoWidgets;
    private final transient org.chenggeng.project.ProjectAccess projects;
    private String implementingUnit;
    private final Select<InspectionKind> kind = new Select<>();
    private final DatePicker date;
    private final ParticipantRows participants = new ParticipantRows();
    private final MultiSelectComboBox<WorkItemRow> items = new MultiSelectComboBox<>();
    private final ChecklistEditor checklist = new ChecklistEditor();
    private final Div findings = new Div();
    private final List<FindingEditor> editors = new ArrayList<>();
    private final RadioButtonGroup<Conclusion> conclusion = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();
    private final Button save = new Button();
    private final Button addFinding = new Button();
    private PhotoUploader sitePhotos;
    private List<WorkItemRow> workItems = List.of();
    private long projectId;
    private String title = "";

    InspectionFormView(InspectionService inspections, TemplateService templates, PhotoWidgets photoWidgets,
                       org.chenggeng.project.ProjectAccess projects) {
        this.projects = projects;
        this.inspections = inspections;
        this.templates = templates;
        this.photoWidgets = photoWidgets;
        addClassNames("page", "inspection-form");
        date = DatePickers.create(getTranslation("inspection.date"), getLocale());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            projectId = id;
            if (!inspections.mayRecord(id)) {
                event.forwardTo("projects/" + id + "/inspections");
                return;
            }
            workItems = inspections.workItems(id).values().stream().filter(i -> !i.retired()).toList();
            implementingUnit = projects.get(id).data().implementingUnit();
            render();
        });
    }

    private void render() {
        removeAll();
        title = getTranslation("inspection.new.title");
        add(new Anchor("projects/" + projectId + "/inspections", getTranslation("inspection.backToProject")),
                new H2(title));
        kind.setLabel(getTranslation("inspection.kind"));
        kind.setItems(InspectionKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setId("inspection-kind");
        kind.addValueChangeListener(e -> checklist.show(e.getValue() == null ? List.of() : templates.active(e.getValue())));
        date.setValue(UiClock.today());
        date.setMax(UiClock.today());
        date.setId("inspection-date");
        items.setLabel(getTranslation("inspection.items"));
        items.setItems(workItems);
        items.setItemLabelGenerator(i -> InspectionTexts.item(i, getLocale()));
        items.setWidthFull();
        items.setId("inspection-items");
        findings.addClassName("findings");
        addFinding.setText(getTranslation("inspection.finding.add"));
        addFinding.setIcon(VaadinIcon.PLUS.create());
        addFinding.setId("add-finding");
        addFinding.addClickListener(e -> addFinding());
        sitePhotos = photoWidgets.forNew(OwnerType.INSPECTION);
        conclusion.setLabel(getTranslation("inspection.conclusion"));
        conclusion.setItems(Conclusion.values());
        conclusion.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        conclusion.setId("inspection-conclusion");
        note.setLabel(getTranslation("inspection.note"));
        note.setMaxLength(2000);
        note.setWidthFull();
        note.setId("inspection-note");
        save.setText(getTranslation("inspection.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        save.setId("inspection-save");
        save.addClickListener(e -> save());
        Div head = new Div(kind, date);
        head.addClassName("form-pair");
        add(head, section("inspection.participants"), participants, items, section("inspection.checklist"), checklist,
                section("inspection.findings"), findings, addFinding, section("inspection.sitePhotos"), sitePhotos,
                conclusion, note, save);
        kind.setValue(InspectionKind.QUALITY);
    }

    private H3 section(String key) {
        return new H3(getTranslation(key));
    }

    private void addFinding() {
        FindingEditor[] self = new FindingEditor[1];
        self[0] = new FindingEditor(editors.size(), workItems, photoWidgets.forNew(OwnerType.FINDING),
                implementingUnit, () -> {
            editors.remove(self[0]);
            findings.remove(self[0]);
            renumber();
        });
        editors.add(self[0]);
        findings.add(self[0]);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < editors.size(); i++) {
            editors.get(i).number(i + 1);
        }
    }

    private void save() {
        InspectionData data = new InspectionData(kind.getValue(), date.getValue(), participants.value(),
                checklist.value(), items.getValue().stream().map(WorkItemRow::id).collect(Collectors.toSet()),
                conclusion.getValue(), note.getValue(), editors.stream().map(FindingEditor::value).toList());
        try {
            InspectionService.Recorded recorded = inspections.record(projectId, data);
            sitePhotos.attachTo(recorded.inspectionId());
            for (int i = 0; i < editors.size(); i++) {
                editors.get(i).photos().attachTo(recorded.findingIds().get(i));
            }
            lock(recorded.inspectionId());
            Notifications.success("inspection.saved");
        } catch (DomainException refused) {
            Notifications.error(refused);
        }
    }

    /** Saved: nothing more to type, the photos finish uploading here, and the record is one tap away. */
    private void lock(long inspectionId) {
        kind.setReadOnly(true);
        date.setReadOnly(true);
        items.setReadOnly(true);
        conclusion.setReadOnly(true);
        note.setReadOnly(true);
        participants.lock();
        checklist.lock();
        editors.forEach(FindingEditor::lock);
        addFinding.setVisible(false);
        save.setVisible(false);
        Span done = new Span(getTranslation("inspection.savedUploading"));
        done.addClassName("hint");
        Button open = new Button(getTranslation("inspection.open"), VaadinIcon.ARROW_RIGHT.create(),
                e -> getUI().ifPresent(ui -> ui.navigate("inspections/" + inspectionId)));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("inspection-open");
        add(done, open);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
