package org.chenggeng.consultation.ui;

import com.vaadin.flow.component.Component;
import org.chenggeng.consultation.RoundService.RoundRow;

/** How a round's scope reads: 靖江东里 · 整个小区, 靖江东里 · 1号楼、3号楼, 靖江东里 · 2号楼 2单元. */
final class Scopes {

    private Scopes() {
    }

    static String label(Component c, RoundRow r) {
        String where = switch (r.scopeKind()) {
            case COMPOUND -> c.getTranslation(r.scopeKind().labelKey());
            case BUILDINGS -> String.join(c.getTranslation("list.separator"), r.buildings());
            case STAIRWELL -> r.buildings().getFirst() + " " + r.unit();
        };
        return r.compoundName() + " · " + where;
    }
}
