package org.chenggeng.work.ui;

import org.chenggeng.work.PhraseOrder;
import org.chenggeng.work.WorkTypeData;

import java.util.Locale;

/** How a work type reads in the report, with a sample quantity: 清淘39座化粪池 / 治理社区外露线网1742米. */
final class PhraseExample {

    private PhraseExample() {
    }

    static String of(WorkTypeData t, Locale locale) {
        if ("en".equals(locale.getLanguage())) {
            String unit = t.unit().en(true);
            return t.verbEn() + " 12 " + (unit.isEmpty() || t.unit().isCount() ? "" : unit + " of ") + t.objectEnPlural();
        }
        return t.phraseOrder() == PhraseOrder.OBJECT_THEN_QUANTITY
                ? t.verbZh() + t.objectZh() + 12 + t.unit().zh()
                : t.verbZh() + 12 + t.unit().zh() + t.objectZh();
    }
}
