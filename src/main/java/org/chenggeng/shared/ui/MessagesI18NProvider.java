package org.chenggeng.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's translations come from the same Spring message bundles ({@code i18n/messages*.properties}) that
 * services and the API use, so a sentence is written once per language. Chinese is the default bundle.
 */
@Component
class MessagesI18NProvider implements I18NProvider {

    private final MessageSource messages;

    MessagesI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale);
        } catch (NoSuchMessageException e) {
            return "!" + key;
        }
    }
}
