package org.chenggeng.work.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.chenggeng.work.OverrunNeedsConfirmation;
import org.chenggeng.work.Unit;

import java.math.BigDecimal;

/** Asks before an entry takes an item past its plan; on "yes" the entry is sent again, confirmed. */
final class OverrunConfirmation {

    private OverrunConfirmation() {
    }

    /** Asks with the quantities in the item's unit (planned 50 m, would reach 52 m). */
    static void ask(OverrunNeedsConfirmation over, Unit unit, Runnable confirmed) {
        UI ui = UI.getCurrent();
        Object[] args = over.arguments();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("overrun-confirm");
        confirm.setHeader(ui.getTranslation("log.confirmOverTitle"));
        confirm.setText(ui.getTranslation(over.messageKey(),
                Quantities.format(new BigDecimal(args[0].toString()), unit, ui.getLocale()),
                Quantities.format(new BigDecimal(args[1].toString()), unit, ui.getLocale())));
        confirm.setCancelable(true);
        confirm.setCancelText(ui.getTranslation("action.cancel"));
        confirm.setConfirmText(ui.getTranslation("log.confirmOver"));
        confirm.addConfirmListener(e -> confirmed.run());
        confirm.open();
    }
}
