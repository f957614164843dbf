package org.chenggeng.shared;

import java.util.Arrays;

/**
 * A rule of the domain refused an operation. It carries a message key and arguments rather than a sentence,
 * so that each interface can say it in the user's language.
 */
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
