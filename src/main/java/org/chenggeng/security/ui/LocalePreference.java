package org.chenggeng.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.Cookie;
import org.chenggeng.security.AccountService;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the UI's language comes from: the signed-in user's saved choice, else the choice made on the login
 * page (a cookie), else Chinese. The browser's language is deliberately not consulted: the product is
 * Chinese first.
 */
final class LocalePreference {

    static final String COOKIE = "cg-locale";

    private LocalePreference() {
    }

    static Locale resolve(AccountService accounts, VaadinRequest request) {
        return accounts.preferredLocale().orElseGet(() -> fromCookie(request).orElse(AccountService.CHINESE));
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .findFirst().map(AccountService::toLocale);
    }

    /** Remembers the choice in the browser and reloads the page so that every text is rendered again. */
    static void rememberInBrowserAndReload(UI ui, Locale locale) {
        ui.getPage().executeJs("document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax';"
                + " window.location.reload();", COOKIE, AccountService.toTag(locale));
    }
}
