package org.chenggeng.shared.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/**
 * Keeps a page asking the server for news while work runs in the background for it (an export, an import), and
 * only then: the application has no server push (decision 0034), so a page learns of a background task's progress
 * by polling every {@link #INTERVAL_MS} ms, from the moment the task starts until the last task of the page ends.
 * Calls come from the UI's own lock ({@link UI#access} included).
 */
public final class BackgroundPoll {

    static final int INTERVAL_MS = 500;

    private BackgroundPoll() {
    }

    /** How many background tasks of this page run now. */
    private record Running(int tasks) {
    }

    public static void start(UI ui) {
        Running running = ComponentUtil.getData(ui, Running.class);
        int tasks = running == null ? 0 : running.tasks();
        ComponentUtil.setData(ui, Running.class, new Running(tasks + 1));
        if (tasks == 0) {
            ui.setPollInterval(INTERVAL_MS);
        }
    }

    public static void stop(UI ui) {
        Running running = ComponentUtil.getData(ui, Running.class);
        int tasks = running == null ? 0 : Math.max(0, running.tasks() - 1);
        ComponentUtil.setData(ui, Running.class, tasks == 0 ? null : new Running(tasks));
        if (tasks == 0) {
            ui.setPollInterval(-1);
        }
    }

    /** Whether the page polls now (for tests). */
    public static boolean polling(UI ui) {
        return ComponentUtil.getData(ui, Running.class) != null;
    }
}
