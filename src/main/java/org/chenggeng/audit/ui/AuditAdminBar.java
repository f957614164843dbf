package org.chenggeng.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.chenggeng.audit.AuditChainService;
import org.chenggeng.audit.AuditService;
import org.chenggeng.audit.AuditService.AuditFilter;
import org.chenggeng.audit.ChainReport;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * The audit administrator's tools above the log: check the hash chain (the result stays in view), export the
 * filtered log as CSV, and archive the entries past the retention period. Each of these is itself audited.
 */
class AuditAdminBar extends FlexLayout {

    private final Div verdict = new Div();

    AuditAdminBar(AuditService audit, AuditChainService chain, Supplier<AuditFilter> filter, Runnable refresh) {
        Button verify = new Button(getTranslation("audit.verify"), e -> {
            show(this, verdict, chain.verify());
            refresh.run();
        });
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] csv = audit.exportCsv(filter.get());
            return new DownloadResponse(new ByteArrayInputStream(csv), "audit-log.csv", "text/csv;charset=UTF-8",
                    csv.length);
        }), getTranslation("audit.export"));
        export.setId("audit-export");
        Button archive = new Button(getTranslation("audit.archive"), e -> new ArchiveDialog(chain, refresh).open());
        archive.setId("audit-archive");
        verdict.setId("audit-verify-result");
        verdict.addClassName("audit-verdict");
        add(verify, export, archive, verdict);
        addClassName("filter-bar");
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    /** Puts a check's result into {@code box} as a sentence: intact over which entries, or where it breaks. */
    static void show(com.vaadin.flow.component.Component c, Div box, ChainReport report) {
        box.removeClassNames("ok", "broken");
        if (report.intact()) {
            box.setText(c.getTranslation("audit.verify.intact", report.checked(),
                    String.valueOf(report.firstSeq()), String.valueOf(report.lastSeq())));
            box.addClassName("ok");
        } else {
            box.setText(c.getTranslation("audit.verify.broken", String.valueOf(report.brokenAt()),
                    c.getTranslation("audit.verify.problem." + report.problem()), report.expected(), report.found()));
            box.addClassName("broken");
        }
    }
}
