package org.chenggeng.shared.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.chenggeng.shared.xlsx.ImportCheck;

import java.util.List;

/**
 * The lower half of every import page: the line saying what the file holds, the button that imports it once it can,
 * and the rows that stop it (errors) or only warn. The page says which summary sentence fits its records; the ids are
 * the page's prefix followed by {@code -summary}, {@code -button}, {@code -errors} and {@code -warnings}.
 */
public class ImportOutcome extends VerticalLayout {

    private final String summaryKey;
    private final Span summary = new Span();
    private final Button importButton = new Button();
    private final H3 errorsTitle = new H3();
    private final H3 warningsTitle = new H3();
    private final ImportIssueGrid errors;
    private final ImportIssueGrid warnings;

    public ImportOutcome(String idPrefix, String summaryKey, Runnable onImport) {
        this.summaryKey = summaryKey;
        this.errors = new ImportIssueGrid(idPrefix + "-errors");
        this.warnings = new ImportIssueGrid(idPrefix + "-warnings");
        setPadding(false);
        summary.setId(idPrefix + "-summary");
        importButton.setText(getTranslation("import.button"));
        importButton.setIcon(VaadinIcon.UPLOAD.create());
        importButton.setId(idPrefix + "-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> onImport.run());
        errorsTitle.setText(getTranslation("import.errors"));
        warningsTitle.setText(getTranslation("import.warnings"));
        FlexLayout line = new FlexLayout(summary, importButton);
        line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.getStyle().set("gap", "var(--lumo-space-m)");
        add(line, errorsTitle, errors, warningsTitle, warnings);
        show(null, null);
    }

    /** Shows what the file {@code name} holds, or nothing when {@code check} is null. */
    public void show(String name, ImportCheck check) {
        errors.show(check == null ? List.of() : check.errors());
        warnings.show(check == null ? List.of() : check.warnings());
        errorsTitle.setVisible(errors.isVisible());
        warningsTitle.setVisible(warnings.isVisible());
        importButton.setVisible(check != null);
        importButton.setEnabled(check != null && check.canImport());
        summary.setText(check == null ? "" : ImportSummaries.preview(this, getLocale(), summaryKey, name,
                check.rows(), check.importable(), check.alreadyImported(), check.badRows()));
    }

    /** After an import: what it did, and nothing left to import. */
    public void done(String text) {
        show(null, null);
        summary.setText(text);
    }

    /** While a file is read or imported, the button waits. */
    public void busy() {
        importButton.setEnabled(false);
    }
}
