package org.chenggeng.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.MessageKey;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A party to a completion acceptance: which party, its organisation and the people present. */
@Embeddable
public record PartyParticipant(@Enumerated(EnumType.STRING) @Column(name = "party", nullable = false, length = 30)
                               Party party,
                               @Column(name = "organisation", nullable = false, length = 200) String organisation,
                               @Column(name = "names", nullable = false, length = 200) String names) {

    /** The parties a completion acceptance cannot be held without: the client, the contractor, residents. */
    static final Set<Party> REQUIRED = EnumSet.of(Party.CLIENT, Party.CONTRACTOR, Party.RESIDENTS);

    /** The rows as given, blank ones left out; each complete, and the required parties all present. */
    static List<PartyParticipant> clean(List<PartyParticipant> given) {
        List<PartyParticipant> rows = given == null ? List.of() : given.stream()
                .filter(p -> p != null && !(blank(p.organisation()) && blank(p.names())))
                .map(p -> new PartyParticipant(p.party(), strip(p.organisation()), strip(p.names()))).toList();
        for (PartyParticipant p : rows) {
            if (p.party() == null || p.organisation().isEmpty() || p.names().isEmpty()) {
                throw new DomainException("acceptance.error.participantIncomplete");
            }
            if (p.organisation().length() > 200 || p.names().length() > 200) {
                throw new DomainException("error.tooLong", 200);
            }
        }
        Set<Party> present = rows.stream().map(PartyParticipant::party).collect(Collectors.toSet());
        for (Party required : REQUIRED) {
            if (!present.contains(required)) {
                throw new DomainException("acceptance.error.partyMissing", MessageKey.of(required.labelKey()));
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
