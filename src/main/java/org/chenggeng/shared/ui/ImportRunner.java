package org.chenggeng.shared.ui;

import com.vaadin.flow.component.UI;
import org.chenggeng.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;

/**
 * Runs a long import step off the request thread, as the signed-in user, and brings its progress and outcome back
 * to the screen through {@link UI#access}, which the page fetches by polling while the work runs
 * ({@link BackgroundPoll}; there is no server push). Reading 100 000 rows takes seconds; the UI stays responsive and
 * shows a progress bar meanwhile.
 */
@Component
public class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final TaskExecutor executor;
    private final SecurityContextHolderStrategy securityContext;

    ImportRunner(TaskExecutor applicationTaskExecutor, ObjectProvider<SecurityContextHolderStrategy> securityContext) {
        this.executor = applicationTaskExecutor;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Runs {@code work} in the background; {@code progress}, {@code done} and {@code refused} run in the UI's lock.
     * A failure that is not a refusal is logged and shown as {@code error.unexpected}.
     */
    public <T> void run(UI ui, DoubleConsumer progress, Function<DoubleConsumer, T> work, Consumer<T> done,
                 Consumer<DomainException> refused) {
        SecurityContext context = securityContext.getContext();
        BackgroundPoll.start(ui);
        executor.execute(() -> {
            securityContext.setContext(context);
            try {
                T result = work.apply(fraction -> ui.access(() -> progress.accept(fraction)));
                ui.access(() -> {
                    BackgroundPoll.stop(ui);
                    done.accept(result);
                });
            } catch (DomainException e) {
                ui.access(() -> {
                    BackgroundPoll.stop(ui);
                    refused.accept(e);
                });
            } catch (AccessDeniedException e) {
                ui.access(() -> {
                    BackgroundPoll.stop(ui);
                    refused.accept(new DomainException("error.denied"));
                });
            } catch (RuntimeException e) {
                log.error("Import failed", e);
                ui.access(() -> {
                    BackgroundPoll.stop(ui);
                    refused.accept(new DomainException("error.unexpected"));
                });
            } finally {
                securityContext.clearContext();
            }
        });
    }
}
