package org.chenggeng.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is being served, as Tomcat gives it: behind a configured proxy the
 * forwarded client address ({@code server.tomcat.remoteip.internal-proxies}), else the peer's. None when no request
 * is being served (start-up, background work): such entries are the system's.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        try {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
                return servlet.getRequest().getRemoteAddr();
            }
        } catch (IllegalStateException finished) {
            // the request has ended (work handed on to another thread): fall through
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }
}
