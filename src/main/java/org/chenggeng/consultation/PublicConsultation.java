package org.chenggeng.consultation;

import org.chenggeng.region.CompoundService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the residents' public page shows of a project's consultation, read without signing in (decision 0024): the
 * result of each closed consent round as figures only, the working group's contacts as organisation, role and office
 * phone (never a member's name), and the feedback the committee has answered, without the household it came from,
 * its phone or who recorded it.
 */
@Service
public class PublicConsultation {

    private final RoundRepository rounds;
    private final RoundTallies tallies;
    private final CompoundService compounds;
    private final WorkingGroupMemberRepository members;
    private final FeedbackRepository feedback;

    PublicConsultation(RoundRepository rounds, RoundTallies tallies, CompoundService compounds,
                       WorkingGroupMemberRepository members, FeedbackRepository feedback) {
        this.rounds = rounds;
        this.tallies = tallies;
        this.compounds = compounds;
        this.members = members;
        this.feedback = feedback;
    }

    /** A closed consent round's result: its compound, when it closed, its rule and the tally's figures. */
    public record ConsentResult(String compoundName, LocalDate closesOn, ConsentRule rule, Tally tally) {
    }

    /** A contact: the organisation, its role in the working group and its office phone. */
    public record Contact(String organisation, String role, String officePhone) {
    }

    /** An answered feedback as the public sees it. */
    public record AnsweredFeedback(FeedbackCategory category, String content, LocalDate receivedOn, String response,
                                   LocalDate respondedOn, boolean adopted) {
    }

    @Transactional(readOnly = true)
    public List<ConsentResult> consent(long projectId) {
        List<ConsultationRound> closed = rounds.findByProjectIdOrderByNumberAsc(projectId).stream()
                .filter(r -> r.getKind() == RoundKind.CONSENT && r.getStatus() == RoundStatus.CLOSED).toList();
        Set<Long> compoundIds = closed.stream().map(ConsultationRound::getCompoundId).collect(Collectors.toSet());
        Map<Long, String> names = compounds.byIds(compoundIds).stream()
                .collect(Collectors.toMap(CompoundService.CompoundRow::id, CompoundService.CompoundRow::name));
        return closed.stream().map(r -> new ConsentResult(names.get(r.getCompoundId()), r.getClosesOn(),
                r.getConsentRule(), tallies.of(r).round())).toList();
    }

    @Transactional(readOnly = true)
    public List<Contact> contacts(long projectId) {
        return members.findByProjectIdOrderByIdAsc(projectId).stream().filter(m -> m.getOfficePhone() != null)
                .map(m -> new Contact(m.getOrganisation(), m.getGroupRole(), m.getOfficePhone())).toList();
    }

    /** The project's answered feedback in the committee's queue, newest answer first. */
    @Transactional(readOnly = true)
    public List<AnsweredFeedback> answered(long projectId) {
        return feedback.findByProjectIdOrderByReceivedOnDescIdDesc(projectId).stream()
                .filter(f -> f.isInQueue() && f.getStatus() == FeedbackStatus.RESOLVED && f.getResponse() != null)
                .sorted(java.util.Comparator.comparing(Feedback::getRespondedOn).reversed())
                .map(f -> new AnsweredFeedback(f.getCategory(), f.getContent(), f.getReceivedOn(), f.getResponse(),
                        f.getRespondedOn(), f.isAdopted())).toList();
    }
}
