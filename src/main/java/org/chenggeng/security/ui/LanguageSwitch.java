package org.chenggeng.security.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.chenggeng.security.AccountService;

import java.util.Locale;

/**
 * A button that turns the UI to the other language: 中文 ⇄ English. For a signed-in user the choice is saved
 * with the account, so it follows them to any browser; on the login page it is kept in a cookie.
 */
public class LanguageSwitch extends Composite<Button> {

    private final transient AccountService accounts;
    private final boolean signedIn;

    public LanguageSwitch(AccountService accounts, boolean signedIn) {
        this.accounts = accounts;
        this.signedIn = signedIn;
    }

    @Override
    protected Button initContent() {
        Locale current = UI.getCurrent().getLocale();
        Locale other = "en".equals(current.getLanguage()) ? AccountService.CHINESE : AccountService.ENGLISH;
        Button button = new Button(getTranslation("language.switchTo"), VaadinIcon.GLOBE.create());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setId("language-switch");
        button.getElement().setAttribute("lang", other.toLanguageTag());
        button.addClickListener(e -> {
            if (signedIn) {
                accounts.changeLanguage(other);
            }
            LocalePreference.rememberInBrowserAndReload(UI.getCurrent(), other);
        });
        return button;
    }
}
