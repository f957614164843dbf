package org.chenggeng.evidence.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.support.ChenggengTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A photo still uploading when the next entry is saved goes to the entry it was chosen for, with the phase chosen
 * then: the upload handler resolves each photo's record from the batch it was bound to at save time, never from the
 * view's latest entry.
 */
@ChenggengTest
class PhotoBindingTest extends SpringBrowserlessTest {

    @Autowired
    PhotoWidgets widgets;

    @Test
    @WithUserDetails("pm")
    void photosStayWithTheEntryTheyWereChosenFor() {
        PhotoUploader uploader = widgets.forNewEntry();
        assertThat(uploader.request(null)).as("nothing is saved yet: the photo waits").isNull();

        uploader.attachTo(101);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Phase> phase = (RadioButtonGroup<Phase>) uploader.getChildren()
                .filter(c -> "photo-phase".equals(c.getId().orElse(""))).findFirst().orElseThrow();
        phase.setValue(Phase.AFTER);
        uploader.attachTo(202);

        assertThat(uploader.request("1")).isEqualTo(AttachRequest.photo(OwnerType.ENTRY, 101, Phase.DURING));
        assertThat(uploader.request("2")).isEqualTo(AttachRequest.photo(OwnerType.ENTRY, 202, Phase.AFTER));
        assertThat(uploader.request(null)).as("a photo without a batch is refused, not given to the last entry")
                .isNull();
        assertThat(uploader.request("3")).isNull();
        assertThat(uploader.request("1;2")).isNull();
    }

    @Test
    @WithUserDetails("pm")
    void anExistingRecordsUploaderTakesThePhaseChosenNow() {
        PhotoUploader uploader = widgets.uploaderFor(OwnerType.ENTRY, 7);
        assertThat(uploader.request(null)).isEqualTo(AttachRequest.photo(OwnerType.ENTRY, 7, Phase.DURING));
        assertThat(uploader.request("1")).as("only batches this uploader bound").isNull();
    }
}
