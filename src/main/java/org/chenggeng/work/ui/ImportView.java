package org.chenggeng.work.ui;

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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.ImportOutcome;
import org.chenggeng.shared.ui.ImportRunner;
import org.chenggeng.shared.ui.ImportUpload;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.ImportKind;
import org.chenggeng.work.ImportResult;
import org.chenggeng.work.WorkImportService;
import org.chenggeng.work.WorkImportService.ImportTarget;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;

/**
 * Excel import for a project: choose what to import, download its template, upload the filled file, see every
 * bad row and what would be added (read in the background, with a progress bar), then import, all or nothing.
 * The view only presents; {@link WorkImportService} checks who may import and every row.
 */
@Route("projects/:id/import")
@PermitAll
class ImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient WorkImportService imports;
    private final transient ImportRunner runner;
    private final RadioButtonGroup<ImportKind> kinds = new RadioButtonGroup<>();
    private final Paragraph closed = new Paragraph();
    private final Anchor template = new Anchor();
    private final Paragraph help = new Paragraph();
    private final Upload upload;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final ImportOutcome outcome = new ImportOutcome("import", "import.summary", this::commit);
    private ImportTarget target;
    private Path file;

    ImportView(WorkImportService imports, ImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
        this.upload = ImportUpload.create(this, this::received);
        addClassName("page");
        addDetachListener(e -> forget());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RecordRoute.open(event, id -> {
            target = imports.target(id);
            render();
        });
    }

    private void render() {
        removeAll();
        String projectPage = "projects/" + target.projectId();
        Anchor back = new Anchor(projectPage, getTranslation("import.backToProject"));
        H2 title = new H2(getTranslation("import.title", target.name()));
        title.setId("import-title");
        kinds.setLabel(getTranslation("import.kind"));
        kinds.setId("import-kind");
        kinds.setItems(ImportKind.values());
        kinds.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kinds.addValueChangeListener(e -> kindChanged());
        closed.addClassName("import-closed");
        template.setId("import-template");
        template.add(new Button(getTranslation("import.template"), VaadinIcon.DOWNLOAD.create()));
        help.setText(getTranslation("import.template.help"));
        help.addClassName("hint");
        bar.setId("import-progress");
        bar.setWidth("24em");
        add(back, title, kinds, closed, template, help, upload, status, bar, outcome);
        kinds.setValue(target.takesProgress() || !target.takesWorkItems() ? ImportKind.PROGRESS : ImportKind.WORK_ITEMS);
    }

    private void kindChanged() {
        ImportKind kind = kinds.getValue();
        boolean open = target.takes(kind);
        closed.setText(open ? "" : getTranslation("import.closed." + kind.name(),
                getTranslation(target.status().labelKey())));
        closed.setVisible(!open);
        upload.setVisible(open);
        template.setVisible(open);
        help.setVisible(open);
        long projectId = target.projectId();
        String name = kind.templateFileName(target.code());
        template.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.template(projectId, kind);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, XLSX, bytes.length);
        }));
        clear();
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
        ImportKind kind = kinds.getValue();
        long projectId = target.projectId();
        forget();
        file = received;
        outcome.show(null, null);
        busy(getTranslation("import.reading", name));
        runner.run(UI.getCurrent(), bar::setValue,
                progress -> ImportUpload.read(received, in -> imports.preview(projectId, kind, in, progress)),
                preview -> {
                    done();
                    upload.clearFileList();
                    outcome.show(name, preview);
                }, this::failed);
    }

    private void commit() {
        ImportKind kind = kinds.getValue();
        long projectId = target.projectId();
        Path uploaded = file;
        busy(getTranslation("import.importing"));
        runner.run(UI.getCurrent(), bar::setValue,
                progress -> ImportUpload.read(uploaded, in -> imports.commit(projectId, kind, in, progress)),
                this::imported, this::failed);
    }

    private void imported(ImportResult result) {
        done();
        clear();
        String text = getTranslation("import.done", Formats.number(result.imported(), getLocale()));
        if (result.alreadyImported() > 0) {
            text += getTranslation("import.done.skipped", Formats.number(result.alreadyImported(), getLocale()));
        }
        if (result.overPlan() > 0) {
            text += getTranslation("import.done.overPlan", Formats.number(result.overPlan(), getLocale()));
        }
        outcome.done(text);
        Notifications.success("import.done", Formats.number(result.imported(), getLocale()));
    }

    private void failed(DomainException refusal) {
        done();
        forget();
        outcome.show(null, null);
        upload.clearFileList();
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
        bar.setValue(0);
        bar.setVisible(true);
        kinds.setEnabled(false);
        upload.setVisible(false);
        outcome.busy();
    }

    private void done() {
        status.setVisible(false);
        bar.setVisible(false);
        kinds.setEnabled(true);
        upload.setVisible(target.takes(kinds.getValue()));
    }

    @Override
    public String getPageTitle() {
        return target == null ? "" : getTranslation("import.title", target.name());
    }
}
