package org.chenggeng.inspection;

import java.time.LocalDate;
import java.util.List;

/** What a completion acceptance records: when, who organised it, who took part, the conclusion and the opinion. */
public record CompletionData(LocalDate date, String organiser, List<PartyParticipant> participants,
                             Conclusion conclusion, String opinion) {

    public CompletionData {
        participants = participants == null ? List.of() : List.copyOf(participants);
    }
}
