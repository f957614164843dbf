package org.chenggeng.audit.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import org.chenggeng.audit.AuditChainService;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

/**
 * Archiving the entries past the retention period: says which entries an archive would take, makes it (the signed
 * file to download appears once the entries are archived), and checks an archive file brought back.
 */
class ArchiveDialog extends Dialog {

    private final transient AuditChainService chain;
    private final Div outcome = new Div();

    ArchiveDialog(AuditChainService chain, Runnable refresh) {
        this.chain = chain;
        setHeaderTitle(getTranslation("audit.archive.title"));
        setId("audit-archive-dialog");
        setWidth("min(40rem, 95vw)");
        var plan = chain.archivePlan();
        Paragraph what = new Paragraph(plan.entries() == 0
                ? getTranslation("audit.archive.none", plan.retentionDays(),
                Formats.dateTime(plan.before(), getLocale()))
                : getTranslation("audit.archive.plan", plan.retentionDays(), Formats.dateTime(plan.before(), getLocale()),
                plan.entries(), String.valueOf(plan.firstSeq()), String.valueOf(plan.lastSeq())));
        Paragraph how = new Paragraph(getTranslation("audit.archive.how"));
        outcome.setId("audit-archive-outcome");
        Button archive = new Button(getTranslation("audit.archive.run"), e -> {
            try {
                var done = chain.archive();
                outcome.removeAll();
                outcome.add(new Paragraph(getTranslation("audit.archive.done", done.entries(),
                        String.valueOf(done.firstSeq()), String.valueOf(done.lastSeq()), done.fileName())));
                Anchor download = new Anchor(DownloadHandler.forFile(done.file().toFile()),
                        getTranslation("audit.archive.download", done.fileName()));
                download.setId("audit-archive-download");
                outcome.add(download);
                e.getSource().setEnabled(false);
                refresh.run();
            } catch (DomainException ex) {
                Notifications.error(ex);
            }
        });
        archive.setId("audit-archive-run");
        archive.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        archive.setEnabled(plan.entries() > 0);
        Div checked = new Div();
        checked.setId("audit-archive-check");
        checked.addClassName("audit-verdict");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            var report = chain.verifyArchive(meta.fileName(), bytes);
            ui.access(() -> AuditAdminBar.show(this, checked, report));
        }));
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".jsonl");
        upload.setUploadButton(new Button(getTranslation("audit.archive.check")));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("audit.archive.checkHint")));
        add(what, how, outcome, upload, checked);
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), archive);
    }
}
