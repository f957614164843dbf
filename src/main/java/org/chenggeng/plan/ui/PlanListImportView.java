package org.chenggeng.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.plan.PlanListImportService;
import org.chenggeng.plan.PlanListResult;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.ImportIssueGrid;
import org.chenggeng.shared.ui.ImportRunner;
import org.chenggeng.shared.ui.ImportSummaries;
import org.chenggeng.shared.ui.ImportUpload;
import org.chenggeng.shared.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.io.InputStream;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The plan list (项目清单) import: download the template, upload the filled file, see every bad row and what would be
 * added, then import all or nothing, with a progress bar while the file is read and written. Administrators only.
 */
@Route("plans/import")
@Menu(title = "menu.planImport", order = 7, icon = "vaadin:upload")
@RolesAllowed(Roles.SYSTEM_ADMIN)
class PlanListImportView extends VerticalLayout implements HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient PlanListImportService imports;
    private final transient ImportRunner runner;
    private final ProgressBar bar = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final H3 errorsTitle = new H3();
    private final ImportIssueGrid errors = new ImportIssueGrid("planlist-import-errors");
    private final Button importButton = new Button();
    private final Upload upload;
    private Path file;

    PlanListImportView(PlanListImportService imports, ImportRunner runner) {
        this.imports = imports;
        this.runner = runner;
        addClassName("page");
        upload = ImportUpload.create(this, this::received);
        var locale = getLocale();
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.template(locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), getTranslation("planlist.templateFile"),
                    XLSX, bytes.length);
        }), "");
        template.setId("planlist-template");
        template.add(new Button(getTranslation("import.template"), VaadinIcon.DOWNLOAD.create()));
        importButton.setText(getTranslation("planlist.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setId("planlist-import");
        importButton.addClickListener(e -> run(imports::importFile, this::imported));
        errorsTitle.setText(getTranslation("import.errors"));
        summary.setId("planlist-summary");
        bar.setId("planlist-progress");
        add(new H2(getTranslation("planlist.title")), new Paragraph(getTranslation("planlist.help")), template, upload,
                bar, summary, importButton, errorsTitle, errors);
        show(null, null);
    }

    /** A file arrived: read it in the background and show what importing it would do. */
    private void received(String name, Path received) {
        ImportUpload.delete(file);
        file = received;
        run(imports::preview, preview -> show(name, preview));
    }

    /** Reads the file in the background with the bar following it, then hands the result over in the UI's lock. */
    private void run(BiFunction<InputStream, DoubleConsumer, PlanListResult> work, Consumer<PlanListResult> done) {
        Path reading = file;
        bar.setValue(0);
        bar.setVisible(true);
        importButton.setEnabled(false);
        runner.run(UI.getCurrent(), bar::setValue, progress -> ImportUpload.read(reading,
                in -> work.apply(in, progress)), result -> {
            bar.setVisible(false);
            upload.clearFileList();
            done.accept(result);
        }, this::failed);
    }

    private void imported(PlanListResult result) {
        ImportUpload.delete(file);
        file = null;
        show(null, result);
        if (result.ok()) {
            summary.setText(getTranslation("planlist.done", Formats.number(result.projects(), getLocale()),
                    Formats.number(result.compounds(), getLocale()), Formats.number(result.skipped(), getLocale())));
            importButton.setVisible(false);
            Notifications.success("planlist.imported");
        }
    }

    private void failed(DomainException refusal) {
        bar.setVisible(false);
        show(null, null);
        Notifications.error(refusal);
    }

    private void show(String name, PlanListResult result) {
        errors.show(result == null ? java.util.List.of() : result.issues());
        errorsTitle.setVisible(errors.isVisible());
        bar.setVisible(false);
        importButton.setVisible(result != null && name != null);
        importButton.setEnabled(result != null && result.ok() && result.projects() > 0);
        summary.setText(result == null || name == null ? "" : ImportSummaries.preview(this, getLocale(),
                "planlist.summary", name, result.rows(), result.projects(), result.skipped(),
                result.issues().stream().map(i -> i.row()).distinct().count()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("planlist.title");
    }
}
