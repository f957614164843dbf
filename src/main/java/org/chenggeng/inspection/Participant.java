package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.chenggeng.shared.DomainException;

import java.util.List;

/** Who took part: an organisation (监理单位, 街道建设科 …) and the names of its people present. */
@Embeddable
public record Participant(@Column(name = "organisation", nullable = false, length = 200) String organisation,
                          @Column(name = "names", nullable = false, length = 200) String names) {

    /** The participants as given, blank rows left out; at least one with both parts, each within 200 characters. */
    static List<Participant> clean(List<Participant> given) {
        List<Participant> rows = given == null ? List.of() : given.stream()
                .filter(p -> p != null && !(blank(p.organisation()) && blank(p.names())))
                .map(p -> new Participant(strip(p.organisation()), strip(p.names()))).toList();
        if (rows.isEmpty()) {
            throw new DomainException("inspection.error.participantsRequired");
        }
        for (Participant p : rows) {
            if (p.organisation().isEmpty() || p.names().isEmpty()) {
                throw new DomainException("inspection.error.participantIncomplete");
            }
            if (p.organisation().length() > 200 || p.names().length() > 200) {
                throw new DomainException("error.tooLong", 200);
            }
        }
        return rows;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
