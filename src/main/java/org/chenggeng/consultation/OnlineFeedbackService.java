package org.chenggeng.consultation;

import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.ResidentPhotos;
import org.chenggeng.shared.DomainException;
import org.chenggeng.shared.EntityChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Feedback a resident sends from the public portal, where nobody signs in (decision 0024): it lands in the
 * committee's queue on the ONLINE channel, waiting for moderation, with an optional photo (checked and re-encoded)
 * and an optional phone for a call back that only the committee sees. The resident gets a tracking code, shown once,
 * by which the status and the answer can be read later; only its hash is kept. The portal calls this after its own
 * checks (signed form, rate limits, challenge).
 */
@Service
public class OnlineFeedbackService {

    /** The most a resident may write. */
    public static final int MAX_TEXT = 1000;
    /** Who the feedback is recorded by. */
    public static final String RECORDED_BY = "portal";

    private static final Logger log = LoggerFactory.getLogger(OnlineFeedbackService.class);

    private final FeedbackRepository feedback;
    private final OnlineFeedbackRepository online;
    private final ResidentPhotos photos;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;

    OnlineFeedbackService(FeedbackRepository feedback, OnlineFeedbackRepository online, ResidentPhotos photos,
                          ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.feedback = feedback;
        this.online = online;
        this.photos = photos;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a resident sends: the category, the text and, optionally, a phone for a call back. */
    public record Submission(FeedbackCategory category, String text, String phone) {
    }

    /** A sent feedback as its tracking code shows it: what was sent, where it stands, and the answer once given. */
    public record Tracked(FeedbackCategory category, String content, LocalDate receivedOn,
                          FeedbackModeration moderation, String moderationReason, FeedbackStatus status,
                          String response, LocalDate respondedOn) {

        public boolean answered() {
            return status == FeedbackStatus.RESOLVED && response != null;
        }
    }

    /**
     * Records a resident's feedback on the project and answers its tracking code. A photo ({@code null} for none,
     * already received within the size limit, consumed either way) is checked before anything is stored: a refused
     * photo refuses the feedback, with its reason.
     */
    public String submit(long projectId, Submission s, Path photo) throws IOException {
        String text;
        String phone;
        try {
            text = checkText(s.text());
            phone = checkPhone(s.phone());
            if (s.category() == null) {
                throw new DomainException("portal.error.category");
            }
        } catch (DomainException refused) {
            if (photo != null) {
                Files.deleteIfExists(photo);
            }
            throw refused;
        }
        Path prepared = photo == null ? null : photos.prepare(photo);
        String code = TrackingCodes.newCode();
        Long id;
        try {
            id = transaction.execute(t -> {
                Feedback f = feedback.save(Feedback.online(projectId, s.category(), text, RECORDED_BY,
                        LocalDate.now(clock)));
                online.save(new OnlineFeedback(f.getId(), TrackingCodes.hash(code), phone));
                events.publishEvent(EntityChanged.created(FeedbackService.ENTITY, f.getId(), f.snapshot()));
                return f.getId();
            });
        } catch (RuntimeException failed) {
            if (prepared != null) {
                Files.deleteIfExists(prepared);
            }
            throw failed;
        }
        if (prepared != null) {
            try {
                photos.attach(OwnerType.FEEDBACK, id, projectId, prepared);
            } catch (IOException | RuntimeException e) {
                log.warn("The photo of online feedback {} could not be stored", id, e);
            }
        }
        return code;
    }

    /**
     * A tracking code (and the phone for a call back) for feedback the portal had another module record on the
     * resident's behalf, such as an objection to a notice: only ONLINE feedback recorded by the portal, once.
     */
    public String trackingFor(long feedbackId, String phone) {
        String checked = checkPhone(phone);
        String code = TrackingCodes.newCode();
        transaction.executeWithoutResult(t -> {
            Feedback f = feedback.findById(feedbackId).orElseThrow(org.chenggeng.shared.NotFoundException::new);
            if (f.getChannel() != FeedbackChannel.ONLINE || !RECORDED_BY.equals(f.getRecordedBy())
                    || online.existsById(feedbackId)) {
                throw new IllegalStateException("feedback " + feedbackId + " is not the portal's or is tracked");
            }
            online.save(new OnlineFeedback(feedbackId, TrackingCodes.hash(code), checked));
        });
        return code;
    }

    /** The feedback a tracking code stands for, in any spelling of it; empty for an unknown code. */
    @Transactional(readOnly = true)
    public Optional<Tracked> track(String code) {
        String normal = TrackingCodes.normalise(code);
        if (normal == null) {
            return Optional.empty();
        }
        return online.findByTrackingHash(TrackingCodes.hash(normal)).flatMap(o -> feedback.findById(o.getFeedbackId()))
                .map(f -> new Tracked(f.getCategory(), f.getContent(), f.getReceivedOn(), f.getModeration(),
                        f.getModerationReason(), f.getStatus(), f.getResponse(), f.getRespondedOn()));
    }

    private static String checkText(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new DomainException("portal.error.text");
        }
        if (t.length() > MAX_TEXT) {
            throw new DomainException("error.tooLong", MAX_TEXT);
        }
        return t;
    }

    private static String checkPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (!HouseholdData.PHONE.matcher(p).matches()) {
            throw new DomainException("portal.error.phone");
        }
        return p;
    }
}
