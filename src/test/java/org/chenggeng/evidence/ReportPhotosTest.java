package org.chenggeng.evidence;

import org.chenggeng.shared.NotFoundException;
import org.chenggeng.support.ChenggengTest;
import org.chenggeng.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The before/after pairs a project's report appendix takes: by default the earliest 施工前 and the latest 施工后 by
 * date taken (not by upload order), the user's choice otherwise; never a withdrawn photo nor another project's, and
 * only within the user's scope.
 */
@ChenggengTest
class ReportPhotosTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    ReportPhotos photos;
    @Autowired
    EvidenceService evidence;
    @Autowired
    PhotoPairs pairs;
    @Autowired
    EvidenceFixture fixture;
    @Autowired
    TestUsers as;

    @Test
    void theDefaultPairIsTheEarliestBeforeAndTheLatestAfterByDateTaken() throws Exception {
        PhotoPairs.Item item = pairs.newItem("默认配对");
        AttachmentRow laterBefore = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 4, 20, 9, 0));
        AttachmentRow earlierBefore = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 3, 15, 9, 0));
        AttachmentRow latestAfter = pairs.photo(item, Phase.AFTER, LocalDateTime.of(2022, 11, 2, 16, 0));
        AttachmentRow earlierAfter = pairs.photo(item, Phase.AFTER, LocalDateTime.of(2022, 10, 1, 16, 0));
        pairs.photo(item, Phase.DURING, LocalDateTime.of(2022, 6, 1, 10, 0));

        ReportPhotos.ItemPhotos mine = as.as("official", () -> photos.candidates(item.projectId(), ZH)).stream()
                .filter(i -> i.workItemId() == item.id()).findFirst().orElseThrow();
        assertThat(mine.item()).isEqualTo(item.name());
        assertThat(mine.before()).extracting(AttachmentRow::token)
                .containsExactly(earlierBefore.token(), laterBefore.token());
        assertThat(mine.after()).extracting(AttachmentRow::token)
                .containsExactly(earlierAfter.token(), latestAfter.token());
        assertThat(earlierBefore.takenOn()).isEqualTo(LocalDate.of(2022, 3, 15));

        ReportPhotos.Pair pair = pairOf(item, ReportPhotos.Selection.DEFAULTS);
        assertThat(pair.before().token()).isEqualTo(earlierBefore.token());
        assertThat(pair.after().token()).isEqualTo(latestAfter.token());

        ReportPhotos.Pair chosen = pairOf(item, new ReportPhotos.Selection(Map.of(item.id(),
                new ReportPhotos.Choice(laterBefore.token(), earlierAfter.token()))));
        assertThat(chosen.before().token()).isEqualTo(laterBefore.token());
        assertThat(chosen.after().token()).isEqualTo(earlierAfter.token());

        ReportPhotos.Pair beforeOnly = pairOf(item, new ReportPhotos.Selection(Map.of(item.id(),
                new ReportPhotos.Choice(laterBefore.token(), null))));
        assertThat(beforeOnly.after()).isNull();
        ReportPhotos.Appendix leftOut = as.as("official", () -> photos.appendix(item.projectId(),
                new ReportPhotos.Selection(Map.of(item.id(), new ReportPhotos.Choice(null, null))), ZH));
        assertThat(leftOut.pairs()).extracting(ReportPhotos.Pair::workItemId).doesNotContain(item.id());
    }

    @Test
    void aWithdrawnPhotoAndAnotherProjectsPhotoNeverEnterThePair() throws Exception {
        PhotoPairs.Item item = pairs.newItem("撤回与越界");
        AttachmentRow first = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 3, 1, 8, 0));
        AttachmentRow second = pairs.photo(item, Phase.BEFORE, LocalDateTime.of(2022, 3, 9, 8, 0));
        as.run("pm", () -> evidence.withdraw(first.token(), "拍错了"));
        long other = fixture.otherProject();
        AttachmentRow theirs = as.as("admin", () -> evidence.attach(AttachRequest.photo(OwnerType.PROJECT, other,
                Phase.BEFORE), SampleFiles.file(SampleFiles.jpeg(320, 240, 4242)), "theirs.jpg"));

        ReportPhotos.ItemPhotos mine = as.as("pm", () -> photos.candidates(item.projectId(), ZH)).stream()
                .filter(i -> i.workItemId() == item.id()).findFirst().orElseThrow();
        assertThat(mine.before()).extracting(AttachmentRow::token).containsExactly(second.token());
        assertThat(mine.after()).isEmpty();
        ReportPhotos.Pair pair = pairOf(item, new ReportPhotos.Selection(Map.of(item.id(),
                new ReportPhotos.Choice(theirs.token(), first.token()))));
        assertThat(pair.before().token()).as("a foreign token takes the default").isEqualTo(second.token());
        assertThat(pair.after()).as("the item has no after photo").isNull();

        assertThatThrownBy(() -> as.run("pm", () -> photos.display(item.projectId(), theirs.token())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("pm", () -> photos.display(item.projectId(), first.token())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as.run("pm", () -> photos.candidates(other, ZH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as.run("pm", () -> photos.display(other, theirs.token())))
                .isInstanceOf(AccessDeniedException.class);
        try (InputStream display = as.as("pm", () -> photos.display(item.projectId(), second.token()))) {
            byte[] jpeg = display.readAllBytes();
            assertThat(jpeg).startsWith((byte) 0xFF, (byte) 0xD8);
        }
    }

    @Test
    void activeItemsWithoutBeforeOrAfterPhotosAreNamedApart() throws Exception {
        PhotoPairs.Item bare = pairs.newItem("无照片");
        PhotoPairs.Item duringOnly = pairs.newItem("仅施工中");
        pairs.photo(duringOnly, Phase.DURING, LocalDateTime.of(2022, 7, 1, 8, 0));

        ReportPhotos.Appendix appendix = as.as("official", () -> photos.appendix(bare.projectId(),
                ReportPhotos.Selection.DEFAULTS, ZH));
        assertThat(appendix.withoutPhotos()).contains(bare.name(), duringOnly.name());
        assertThat(appendix.pairs()).extracting(ReportPhotos.Pair::workItemId)
                .doesNotContain(bare.id(), duringOnly.id());
    }

    private ReportPhotos.Pair pairOf(PhotoPairs.Item item, ReportPhotos.Selection selection) throws Exception {
        return as.as("official", () -> photos.appendix(item.projectId(), selection, ZH)).pairs().stream()
                .filter(p -> p.workItemId() == item.id()).findFirst().orElseThrow();
    }
}
