package org.chenggeng.shared.pdf;

import java.util.List;
import java.util.Objects;

/**
 * What a notice-board poster says, already in the reader's language: the board's heading (公示, 项目公示牌), the
 * notice's title and the line under it, the key facts as label and value, the notice's text, the contacts, and the
 * address the QR code carries with the sentence that invites residents to scan it. The footer names who posts it
 * and when.
 */
public record Poster(Paper paper, String heading, String title, String subtitle, List<Line> facts, String text,
                     List<Line> contacts, String contactsTitle, String url, String scanHint, String footer) {

    public enum Paper {
        A4(595.28f, 841.89f), A3(841.89f, 1190.55f);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }
    }

    /** A label and its value, one line of the facts or the contacts. */
    public record Line(String label, String value) {

        public Line {
            Objects.requireNonNull(label);
            value = value == null ? "" : value;
        }
    }

    public Poster {
        Objects.requireNonNull(paper);
        Objects.requireNonNull(url);
        facts = List.copyOf(facts);
        contacts = List.copyOf(contacts);
        heading = heading == null ? "" : heading;
        title = title == null ? "" : title;
        subtitle = subtitle == null ? "" : subtitle;
        text = text == null ? "" : text;
        contactsTitle = contactsTitle == null ? "" : contactsTitle;
        scanHint = scanHint == null ? "" : scanHint;
        footer = footer == null ? "" : footer;
    }
}
