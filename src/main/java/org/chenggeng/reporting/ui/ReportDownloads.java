package org.chenggeng.reporting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.chenggeng.reporting.ExportFormat;
import org.chenggeng.reporting.ReportExportService;
import org.chenggeng.reporting.ReportRequest;
import org.chenggeng.shared.ui.ImportRunner;
import org.chenggeng.shared.ui.Notifications;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One button per format. Each file is written in the background (the user goes on reading or changing filters) with
 * a progress bar; when it is ready a download link for it appears, replacing the format's previous one so that a
 * session holds at most one file per format. The files wait in the temporary directory, not in memory, and are deleted
 * when replaced or when the screen leaves the page (navigation, a closed tab, an expired session).
 */
class ReportDownloads extends VerticalLayout {

    private final transient ReportExportService exports;
    private final transient ImportRunner runner;
    private final ProgressBar bar = new ProgressBar();
    private final Span status = new Span();
    private final Div links = new Div();
    private final Map<ExportFormat, ReportExportService.Export> files = new EnumMap<>(ExportFormat.class);

    ReportDownloads(ReportExportService exports, ImportRunner runner, Supplier<ReportRequest> request) {
        this.exports = exports;
        this.runner = runner;
        setPadding(false);
        setSpacing(false);
        FlexLayout buttons = new FlexLayout();
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-s)");
        for (ExportFormat format : ExportFormat.values()) {
            Button button = new Button(getTranslation("export." + format.name()), VaadinIcon.DOWNLOAD.create());
            button.setId("export-" + format.extension());
            button.addClickListener(e -> generate(format, request.get(), button));
            buttons.add(button);
        }
        bar.setId("export-progress");
        bar.setVisible(false);
        status.setVisible(false);
        links.setId("export-links");
        links.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
        add(new H3(getTranslation("export.heading")), buttons, status, bar, links);
        addDetachListener(e -> {
            files.values().forEach(ReportExportService.Export::delete);
            files.clear();
        });
    }

    private void generate(ExportFormat format, ReportRequest request, Button button) {
        Locale locale = getLocale();
        button.setEnabled(false);
        status.setText(getTranslation("export.running", getTranslation("export." + format.name())));
        status.setVisible(true);
        bar.setValue(0);
        bar.setVisible(true);
        runner.run(UI.getCurrent(), bar::setValue, progress -> exports.export(request, locale, format, progress),
                export -> {
                    finished(button);
                    links.getChildren().filter(c -> c.getId().orElse("").equals("export-link-" + format.extension()))
                            .toList().forEach(links::remove);
                    ReportExportService.Export previous = files.put(format, export);
                    if (previous != null) {
                        previous.delete();
                    }
                    links.addComponentAsFirst(link(format, export));
                }, refusal -> {
                    finished(button);
                    Notifications.error(refusal);
                });
    }

    /** The files the screen currently offers, for a test to see them come and go. */
    List<Path> files() {
        return files.values().stream().map(ReportExportService.Export::file).toList();
    }

    private void finished(Button button) {
        button.setEnabled(true);
        bar.setVisible(false);
        status.setVisible(false);
    }

    private Anchor link(ExportFormat format, ReportExportService.Export export) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                Files.newInputStream(export.file()), export.fileName(), export.contentType(), export.size())),
                getTranslation("export.ready", export.fileName()));
        link.setId("export-link-" + format.extension());
        return link;
    }
}
