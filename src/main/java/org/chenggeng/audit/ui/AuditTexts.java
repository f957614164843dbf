package org.chenggeng.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.chenggeng.audit.AuditService.AuditRow;
import org.chenggeng.shared.ui.Messages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An audit entry in the reader's language: field labels, yes/no values, and the refusal an ACCESS_DENIED entry
 * records ("project.read 12", or the service method that method security refused) as a sentence.
 */
final class AuditTexts {

    private static final Pattern OPERATION = Pattern.compile("([a-zA-Z]+)\\.([a-zA-Z]+)(?:\\s+(.*))?");
    private static final Pattern METHOD = Pattern.compile("([A-Z]\\w*)\\.(\\w+)\\(");

    private AuditTexts() {
    }

    static String field(Component c, String name) {
        return known(c, "audit.field." + name, name);
    }

    static String value(Component c, String value) {
        if (value == null) {
            return "—";
        }
        if ("true".equals(value) || "false".equals(value)) {
            return c.getTranslation("audit.value." + value);
        }
        String calendar = Messages.calendar(value, UI.getCurrent().getLocale());
        return calendar == null ? value : calendar;
    }

    /** The entry's detail; a refusal is said in words, naming what was refused. */
    static String detail(Component c, AuditRow r) {
        String detail = r.detail() == null ? "" : r.detail();
        if ("READ".equals(r.category()) && detail.matches("\\d{1,9}")) {
            return c.getTranslation("audit.read.rows", Integer.parseInt(detail));
        }
        if (!"ACCESS_DENIED".equals(r.action()) || detail.isBlank()) {
            return detail;
        }
        Matcher op = OPERATION.matcher(detail.trim());
        if (op.matches()) {
            String object = known(c, "audit.object." + op.group(1), null);
            String verb = known(c, "audit.verb." + op.group(2), null);
            if (object != null && verb != null) {
                return c.getTranslation("audit.denied", verb, object, op.group(3) == null ? "" : op.group(3));
            }
        }
        Matcher method = METHOD.matcher(detail);
        if (method.find()) {
            return c.getTranslation("audit.denied.method", method.group(1) + "." + method.group(2));
        }
        return c.getTranslation("audit.denied.other", detail);
    }

    private static String known(Component c, String key, String otherwise) {
        String t = c.getTranslation(key);
        return t.startsWith("!") || t.equals(key) ? otherwise : t;
    }
}
