package org.chenggeng.consultation.ui;

import org.chenggeng.shared.ui.RecordRoute;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.consultation.HouseholdImportResult;
import org.chenggeng.consultation.HouseholdImportService;
import org.chenggeng.consultation.HouseholdImportService.ImportTarget;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.ImportOutcome;
import org.chenggeng.shared.ui.ImportRunner;
import org.chenggeng.shared.ui.ImportUpload;
import org.chenggeng.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Excel import of a compound's household register ({@code households/import?compound=<id>}): download the
 * template, upload the filled file, see every bad row and how many households would be added, then import, all or
 * nothing. The view only presents; {@link HouseholdImportService} checks who may import and every row.
 */
@Route("households/import")
@RolesAllowed({Roles.SYSTEM_ADMIN, Roles.COMMUNITY_COMMITTEE})
class HouseholdImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient HouseholdImportService imports;
    private final transient ImportRunner runner;
    private final Upload upload;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final ImportOutcome outcome = new ImportOutcome("household-import", "householdImport.summary",
            this::commit);
    private ImportTarget target;
    private Path file;

    HouseholdImportView(HouseholdImportService imports, ImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
        this.upload = ImportUpload.create(this, this::received);
        addClassName("page");
        addDetachListener(e -> forget());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, event.getLocation().getQueryParameters().getSingleParameter("compound").orElse(""),
                id -> {
                    target = imports.target(id);
                    render();
                });
    }

    private void render() {
        removeAll();
        Anchor back = new Anchor("households?compound=" + target.compoundId(), getTranslation("householdImport.back"));
        back.setId("household-import-back");
        H2 title = new H2(getTranslation("householdImport.title", target.compoundName()));
        title.setId("household-import-title");
        Paragraph help = new Paragraph(getTranslation("householdImport.help"));
        help.addClassName("hint");
        bar.setId("household-import-progress");
        bar.setIndeterminate(true);
        bar.setWidthFull();
        bar.setMaxWidth("24em");
        add(back, title, template(), help, upload, status, bar, outcome);
        clear();
    }

    private Anchor template() {
        Locale locale = getLocale();
        String name = getTranslation("householdImport.templateFile", target.compoundName());
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.template(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, XLSX, bytes.length);
        }), "");
        template.setId("household-import-template");
        template.add(new Button(getTranslation("import.template"), VaadinIcon.DOWNLOAD.create()));
        return template;
    }

    private void clear() {
        forget();
        upload.clearFileList();
        outcome.show(null, null);
        status.setVisible(false);
        bar.setVisible(false);
    }

    /** A file arrived (in the UI's lock): read it in the background and show what importing it would do. */
    private void received(String name, Path received) {
        long compoundId = target.compoundId();
        forget();
        file = received;
        outcome.show(null, null);
        busy(getTranslation("import.reading", name));
        runner.run(UI.getCurrent(), fraction -> { },
                fraction -> ImportUpload.read(received, in -> imports.preview(compoundId, in)),
                preview -> {
                    idle();
                    upload.clearFileList();
                    outcome.show(name, preview);
                }, this::failed);
    }

    private void commit() {
        long compoundId = target.compoundId();
        Path uploaded = file;
        busy(getTranslation("import.importing"));
        runner.run(UI.getCurrent(), fraction -> { },
                fraction -> ImportUpload.read(uploaded, in -> imports.commit(compoundId, in)), this::imported,
                this::failed);
    }

    private void imported(HouseholdImportResult result) {
        idle();
        clear();
        Locale locale = getLocale();
        String text = getTranslation("householdImport.done", Formats.number(result.imported(), locale));
        if (result.alreadyImported() > 0) {
            text += getTranslation("householdImport.done.skipped", Formats.number(result.alreadyImported(), locale));
        }
        outcome.done(text);
        Notifications.success("householdImport.done", Formats.number(result.imported(), locale));
    }

    private void failed(DomainException refusal) {
        idle();
        clear();
        Notifications.error(refusal);
    }

    /** Deletes the uploaded file, if any. */
    private void forget() {
        ImportUpload.delete(file);
        file = null;
    }

    private void busy(String text) {
        status.setText(text);
        status.setVisible(true);
        bar.setVisible(true);
        upload.setVisible(false);
        outcome.busy();
    }

    private void idle() {
        status.setVisible(false);
        bar.setVisible(false);
        upload.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return target == null ? "" : getTranslation("householdImport.title", target.compoundName());
    }
}
