package org.chenggeng.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.chenggeng.security.Roles;
import org.chenggeng.security.SecurityEvent;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.OutOfScopeException;
import org.chenggeng.shared.ui.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Two session-wide safety nets. Every refused navigation by a signed-in user is written to the audit log.
 * Any error a view did not handle is shown to the user in their language (a rule refused, someone else
 * saved first, not permitted) instead of a stack trace. And the start page of the security and audit
 * administrators, who see no projects (三权分立, decision 0026), is their own work: the users, the audit log.
 */
@Component
class UiSafety implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UiSafety.class);

    private final AccessAnnotationChecker accessChecker;
    private final ApplicationEventPublisher events;

    UiSafety(AccessAnnotationChecker accessChecker, ApplicationEventPublisher events) {
        this.accessChecker = accessChecker;
        this.events = events;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
            if (enter.getLocation().getPath().isEmpty() && VaadinRequest.getCurrent() instanceof VaadinServletRequest r) {
                if (r.isUserInRole(Roles.SECURITY_ADMIN)) {
                    enter.forwardTo("admin/users");
                    return;
                }
                if (r.isUserInRole(Roles.AUDIT_ADMIN)) {
                    enter.forwardTo("audit");
                    return;
                }
            }
            if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request
                    && request.getUserPrincipal() != null
                    && !accessChecker.hasAccess(enter.getNavigationTarget(), request)) {
                events.publishEvent(new SecurityEvent(SecurityEvent.Type.ACCESS_DENIED,
                        request.getUserPrincipal().getName(), request.getRemoteAddr(),
                        "view " + enter.getLocation().getPath()));
            }
        }));
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(error -> {
            Throwable cause = error.getThrowable();
            while (cause.getCause() != null && !(cause instanceof DomainException)
                    && !(cause instanceof AccessDeniedException)) {
                cause = cause.getCause();
            }
            if (UI.getCurrent() == null) {
                log.error("Unhandled error outside a UI", error.getThrowable());
                return;
            }
            if (cause instanceof DomainException domain) {
                Notifications.error(domain);
            } else if (cause instanceof OutOfScopeException) {
                Notifications.errorKey("error.notFound");
            } else if (cause instanceof AccessDeniedException) {
                Notifications.errorKey("error.denied");
            } else if (error.getThrowable() instanceof OptimisticLockingFailureException) {
                Notifications.errorKey("error.stale");
            } else {
                log.error("Unhandled UI error", error.getThrowable());
                Notifications.errorKey("error.unexpected");
            }
        }));
    }
}
