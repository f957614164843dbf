package org.chenggeng.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.chenggeng.security.AccessTokenService;
import org.chenggeng.security.AccessTokenService.TokenRow;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.shared.ui.Notifications;

import java.util.List;

/**
 * The profile's personal access tokens: the user's active tokens (by name and prefix, never the secret), a
 * revoke button on each, and creating one, whose secret is then shown once in a {@link NewTokenDialog}.
 */
class AccessTokensPanel extends VerticalLayout {

    private final transient AccessTokenService tokens;
    private final Grid<TokenRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final TextField name = new TextField();

    AccessTokensPanel(AccessTokenService tokens) {
        this.tokens = tokens;
        setId("access-tokens");
        setPadding(false);
        setMaxWidth("60rem");
        Anchor docs = new Anchor("swagger-ui.html", getTranslation("token.docs"), AnchorTarget.BLANK);
        docs.setRouterIgnore(true);
        empty.setText(getTranslation("token.empty"));
        empty.setId("no-tokens");
        Paragraph help = new Paragraph(getTranslation("token.help") + " ");
        help.add(docs);
        add(new H3(getTranslation("token.title")), help, createForm(), empty, tokenGrid());
        refresh();
    }

    private HorizontalLayout createForm() {
        name.setLabel(getTranslation("token.name"));
        name.setPlaceholder(getTranslation("token.name.placeholder"));
        name.setMaxLength(AccessTokenService.MAX_NAME_LENGTH);
        name.setId("token-name");
        name.setWidth("18rem");
        Button create = new Button(getTranslation("token.create"), e -> create());
        create.setId("create-token");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private Grid<TokenRow> tokenGrid() {
        grid.setId("token-grid");
        grid.addColumn(TokenRow::name).setHeader(getTranslation("token.name")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(t -> t.prefix() + "…").setHeader(getTranslation("token.prefix")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(t -> Formats.dateTime(t.createdAt(), getLocale())).setHeader(getTranslation("token.createdAt"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.never")
                : Formats.dateTime(t.lastUsedAt(), getLocale())).setHeader(getTranslation("token.lastUsed"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::revokeButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Button revokeButton(TokenRow token) {
        Button revoke = new Button(getTranslation("token.revoke"), e -> confirmRevoke(token));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        revoke.setId("revoke-token-" + token.id());
        return revoke;
    }

    private void create() {
        try {
            AccessTokenService.NewToken created = tokens.create(name.getValue());
            name.clear();
            name.setInvalid(false);
            refresh();
            new NewTokenDialog(created).open();
        } catch (DomainException e) {
            name.setErrorMessage(Notifications.translate(e));
            name.setInvalid(true);
        }
    }

    private void confirmRevoke(TokenRow token) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("revoke-token-confirm");
        confirm.setHeader(getTranslation("token.revoke.title", token.name()));
        confirm.setText(getTranslation("token.revoke.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("token.revoke"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            tokens.revoke(token.id());
            refresh();
            Notifications.success("token.revoked");
        });
        confirm.open();
    }

    private void refresh() {
        List<TokenRow> mine = tokens.mine();
        grid.setItems(mine);
        grid.setVisible(!mine.isEmpty());
        empty.setVisible(mine.isEmpty());
    }
}
