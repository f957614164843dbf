package org.chenggeng.reporting;

import org.chenggeng.evidence.AttachmentRow;
import org.chenggeng.evidence.ReportPhotos;
import org.springframework.context.MessageSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The photo appendix of a project's Word and PDF report, laid out once in the report's language: per work item its
 * name and its 施工前 and 施工后 photo side by side, each captioned with its phase, the date taken and who uploaded
 * it; a side without a photo says so; then the active items without any such photo, named in one line. The photos'
 * bytes are not held here: each writer opens one display-size JPEG at a time through {@link Photos}.
 */
record PhotoAppendix(String heading, List<Item> items, String missing, Photos photos) {

    static final PhotoAppendix NONE = new PhotoAppendix(null, List.of(), null, token -> {
        throw new IOException("no photos");
    });

    /** Opens a photo's display-size JPEG by its token; the caller closes it. */
    @FunctionalInterface
    interface Photos {
        InputStream open(String token) throws IOException;
    }

    /** A work item: its name and its two sides. */
    record Item(String name, Side before, Side after) {
    }

    /**
     * One side of a pair: the caption (施工前 / Before) and, when there is a photo, its token, pixel size and the line
     * under it (date taken · uploader); without one, {@code absent} says so.
     */
    record Side(String caption, String token, int width, int height, String detail, String absent) {

        boolean hasPhoto() {
            return token != null;
        }
    }

    boolean isEmpty() {
        return items.isEmpty() && missing == null;
    }

    static PhotoAppendix of(ReportPhotos.Appendix appendix, MessageSource messages, Locale locale, Photos photos) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        List<Item> items = appendix.pairs().stream().map(p -> new Item(p.item(),
                side(p.before(), "report.photos.before", "report.photos.noBefore", messages, locale, date),
                side(p.after(), "report.photos.after", "report.photos.noAfter", messages, locale, date))).toList();
        String missing = appendix.withoutPhotos().isEmpty() ? null : messages.getMessage("report.photos.without",
                new Object[]{String.join(messages.getMessage("report.photos.joiner", null, locale),
                        appendix.withoutPhotos())}, locale);
        return new PhotoAppendix(messages.getMessage("report.photos.heading", null, locale), items, missing, photos);
    }

    private static Side side(AttachmentRow photo, String caption, String absent, MessageSource messages,
                             Locale locale, DateTimeFormatter date) {
        String label = messages.getMessage(caption, null, locale);
        if (photo == null) {
            return new Side(label, null, 0, 0, null, messages.getMessage(absent, null, locale));
        }
        int w = photo.width() == null || photo.width() <= 0 ? 4 : photo.width();
        int h = photo.height() == null || photo.height() <= 0 ? 3 : photo.height();
        return new Side(label, photo.token(), w, h, messages.getMessage("report.photos.detail",
                new Object[]{date.format(photo.takenOn()), photo.uploadedBy()}, locale), null);
    }
}
