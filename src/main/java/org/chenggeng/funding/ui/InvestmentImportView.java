package org.chenggeng.funding.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
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
import jakarta.annotation.security.PermitAll;
import org.chenggeng.funding.InvestmentImportResult;
import org.chenggeng.funding.InvestmentImportService;
import org.chenggeng.funding.InvestmentImportService.ImportTarget;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.Magnitudes;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.ImportOutcome;
import org.chenggeng.shared.ui.ImportRunner;
import org.chenggeng.shared.ui.ImportUpload;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.shared.ui.RecordRoute;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

/**
 * The investment import of a project (完成投资, reached from its 资金 page): download the template listing the project's
 * sources, upload the filled file, see every bad row and what would be added (read in the background with a progress
 * bar), then import, all or nothing. The view only presents; {@link InvestmentImportService} checks who may import
 * and every row.
 */
@Route("projects/:id/funding/import")
@PermitAll
class InvestmentImportView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient InvestmentImportService imports;
    private final transient ImportRunner runner;
    private final ProgressBar bar = new ProgressBar();
    private final ImportOutcome outcome = new ImportOutcome("investment-import", "import.summary", this::commit);
    private final Upload upload;
    private ImportTarget target;
    private Path file;

    InvestmentImportView(InvestmentImportService imports, ImportRunner runner) {
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
        Anchor back = new Anchor("projects/" + target.projectId() + "/funding", getTranslation("investmentImport.back"));
        H2 title = new H2(getTranslation("investmentImport.title", target.name()));
        title.setId("investment-import-title");
        add(back, title);
        if (!target.takesEntries()) {
            Paragraph closed = new Paragraph(getTranslation("investmentImport.notApproved",
                    getTranslation(target.status().labelKey())));
            closed.setId("investment-import-closed");
            add(closed);
            return;
        }
        var locale = getLocale();
        long projectId = target.projectId();
        String name = getTranslation("investmentImport.templateFile", target.code());
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = imports.template(projectId, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), name, XLSX, bytes.length);
        }), "");
        template.setId("investment-import-template");
        template.add(new Button(getTranslation("import.template"), VaadinIcon.DOWNLOAD.create()));
        Paragraph help = new Paragraph(getTranslation("investmentImport.help"));
        help.addClassName("hint");
        bar.setId("investment-import-progress");
        bar.setWidth("24em");
        add(template, help, upload, bar, outcome);
        bar.setVisible(false);
        outcome.show(null, null);
    }

    private void commit() {
        long projectId = target.projectId();
        run((in, progress) -> imports.commit(projectId, in, progress), this::imported);
    }

    /** A file arrived (in the UI's lock): read it in the background and show what importing it would do. */
    private void received(String name, Path received) {
        forget();
        file = received;
        long projectId = target.projectId();
        run((in, progress) -> imports.preview(projectId, in, progress), preview -> outcome.show(name, preview));
    }

    /** Reads the file in the background with the bar following it, then hands the result over in the UI's lock. */
    private void run(BiFunction<InputStream, DoubleConsumer, InvestmentImportResult> work,
                     Consumer<InvestmentImportResult> done) {
        Path reading = file;
        bar.setValue(0);
        bar.setVisible(true);
        outcome.busy();
        upload.setVisible(false);
        runner.run(UI.getCurrent(), bar::setValue, progress -> ImportUpload.read(reading,
                in -> work.apply(in, progress)), result -> {
            bar.setVisible(false);
            upload.setVisible(true);
            upload.clearFileList();
            done.accept(result);
        }, this::failed);
    }

    private void imported(InvestmentImportResult result) {
        forget();
        var locale = getLocale();
        String text = getTranslation("investmentImport.done", Formats.number(result.imported(), locale),
                Magnitudes.money(result.amount(), locale));
        if (result.alreadyImported() > 0) {
            text += getTranslation("import.done.skipped", Formats.number(result.alreadyImported(), locale));
        }
        outcome.done(text);
        Notifications.success("import.done", Formats.number(result.imported(), locale));
    }

    private void failed(DomainException refusal) {
        bar.setVisible(false);
        upload.setVisible(true);
        upload.clearFileList();
        forget();
        outcome.show(null, null);
        Notifications.error(refusal);
    }

    private void forget() {
        ImportUpload.delete(file);
        file = null;
    }

    @Override
    public String getPageTitle() {
        return target == null ? "" : getTranslation("investmentImport.title", target.name());
    }
}
