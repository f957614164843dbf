package org.chenggeng.work.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.chenggeng.shared.ui.Notifications;
import org.chenggeng.work.OverrunNeedsConfirmation;

/** Asks before an entry takes an item past its plan; on "yes" the entry is sent again, confirmed. */
final class OverrunConfirmation {

    private OverrunConfirmation() {
    }

    static void ask(OverrunNeedsConfirmation over, Runnable confirmed) {
        UI ui = UI.getCurrent();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("overrun-confirm");
        confirm.setHeader(ui.getTranslation("log.confirmOverTitle"));
        confirm.setText(Notifications.translate(over));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("log.confirmOver"));
        confirm.addConfirmListener(e -> confirmed.run());
        confirm.open();
    }
}
