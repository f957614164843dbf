package org.chenggeng.shared.ui;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page polls while any of its background tasks runs, and stops when the last one ends. */
class BackgroundPollTest {

    @Test
    void pollsFromTheFirstTaskUntilTheLastEnds() {
        UI ui = new UI();
        assertThat(ui.getPollInterval()).isEqualTo(-1);

        BackgroundPoll.start(ui);
        BackgroundPoll.start(ui);
        assertThat(ui.getPollInterval()).isEqualTo(BackgroundPoll.INTERVAL_MS);

        BackgroundPoll.stop(ui);
        assertThat(ui.getPollInterval()).isEqualTo(BackgroundPoll.INTERVAL_MS);
        assertThat(BackgroundPoll.polling(ui)).isTrue();

        BackgroundPoll.stop(ui);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
        assertThat(BackgroundPoll.polling(ui)).isFalse();

        BackgroundPoll.stop(ui);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }
}
