package org.chenggeng.consultation;

import org.chenggeng.evidence.EvidenceOwner;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.shared.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

/**
 * Where the scan of a household's paper consent form and a feedback's photos sit, for the evidence module. Both
 * carry personal data: only the committee of the compound (for feedback, of one of the project's compounds) and
 * administrators see or attach them, as they alone see the register in full. Anyone else is refused and audited.
 */
@Component
class ConsultationEvidence implements EvidenceOwner {

    private final ResponseRepository responses;
    private final RoundRepository rounds;
    private final FeedbackRepository feedback;
    private final ConsultationAccess access;

    ConsultationEvidence(ResponseRepository responses, RoundRepository rounds, FeedbackRepository feedback,
                         ConsultationAccess access) {
        this.responses = responses;
        this.rounds = rounds;
        this.feedback = feedback;
        this.access = access;
    }

    @Override
    public Set<OwnerType> types() {
        return Set.of(OwnerType.ANSWER, OwnerType.FEEDBACK);
    }

    @Override
    @Transactional(readOnly = true)
    public Place place(OwnerType type, long ownerId, boolean attach) {
        Actor actor = access.actor();
        if (type == OwnerType.ANSWER) {
            HouseholdResponse answer = responses.findById(ownerId).orElseThrow(NotFoundException::new);
            ConsultationRound round = rounds.findById(answer.getRoundId()).orElseThrow(NotFoundException::new);
            access.requireCommitteeOf(actor, round.getCompoundId(), "evidence.answer " + ownerId);
            return new Place(round.getProjectId(), null);
        }
        Feedback f = feedback.findById(ownerId).orElseThrow(NotFoundException::new);
        ProjectAccess.ProjectDetails project = access.project(f.getProjectId());
        if (!access.isCommitteeOfProject(actor, project)) {
            throw access.deny(actor, "evidence.feedback " + ownerId);
        }
        return new Place(project.id(), null);
    }
}
