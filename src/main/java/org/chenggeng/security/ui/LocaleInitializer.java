package org.chenggeng.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.chenggeng.security.AccountService;
import org.springframework.stereotype.Component;

/** Sets each new UI's language from {@link LocalePreference} before any view is built. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final AccountService accounts;

    LocaleInitializer(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui ->
                ui.getUI().setLocale(LocalePreference.resolve(accounts, VaadinRequest.getCurrent())));
    }
}
