package org.chenggeng.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chenggeng.consultation.Answer;
import org.chenggeng.consultation.SurveyAnswers;
import org.chenggeng.project.PublicProjects;
import org.chenggeng.shared.DomainException;
import org.chenggeng.work.PublicProgress;
import org.chenggeng.work.PublicProgress.PublicWork;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The satisfaction survey a household answers once with the one-time code of its door slip (decision 0025) at
 * {@code /p/survey}: the code is typed into a form and sent by POST, never put in a URL; each step carries a signed
 * token, and an address may try codes only within the tracking lookups' limit. The answer is recorded by
 * {@link SurveyAnswers} as if at the door.
 */
@Controller
class SurveyController {

    private final SurveyAnswers surveys;
    private final PublicProjects projects;
    private final PublicProgress progress;
    private final PortalGuard guard;
    private final Views views;

    SurveyController(SurveyAnswers surveys, PublicProjects projects, PublicProgress progress, PortalGuard guard,
                     Views views) {
        this.surveys = surveys;
        this.projects = projects;
        this.progress = progress;
        this.guard = guard;
        this.views = views;
    }

    @GetMapping("/p/survey")
    ResponseEntity<byte[]> start(HttpServletRequest request, HttpServletResponse response) {
        PortalText t = views.text(request, response);
        return page(t, new SurveyForm(guard.tokens().issue("survey", false).token(), "", null, null, null, null,
                List.of(), null), HttpStatus.OK);
    }

    /** Opens the survey of a typed code, or says why it opens none. */
    @PostMapping("/p/survey")
    ResponseEntity<byte[]> open(@RequestParam(required = false) String token,
                                @RequestParam(required = false) String code, HttpServletRequest request,
                                HttpServletResponse response) {
        PortalText t = views.text(request, response);
        String typed = code == null ? "" : code.length() > 40 ? code.substring(0, 40) : code.strip();
        FormTokens.Verdict verdict = guard.tokens().check(token, "survey", null);
        if (verdict != FormTokens.Verdict.OK) {
            return refuse(t, typed, "portal.error.token." + verdict.name());
        }
        long wait = guard.lookup(request.getRemoteAddr());
        if (wait > 0) {
            return views.tooMany(t, wait);
        }
        try {
            return page(t, opened(typed, null), HttpStatus.OK);
        } catch (DomainException refused) {
            return refuse(t, typed, t.msg(refused.messageKey(), FeedbackController.dates(t, refused.arguments())));
        }
    }

    /** Records the household's answer: {@code answer} for the whole, {@code work1}, {@code work2} … per work. */
    @PostMapping("/p/survey/answer")
    ResponseEntity<byte[]> answer(@RequestParam Map<String, String> form, HttpServletRequest request,
                                  HttpServletResponse response) {
        PortalText t = views.text(request, response);
        String typed = form.getOrDefault("code", "");
        typed = typed.length() > 40 ? typed.substring(0, 40) : typed.strip();
        long wait = guard.lookup(request.getRemoteAddr());
        if (wait > 0) {
            return views.tooMany(t, wait);
        }
        SurveyAnswers.SurveyForm survey;
        try {
            survey = surveys.survey(typed);
        } catch (DomainException refused) {
            return refuse(t, typed, t.msg(refused.messageKey(), FeedbackController.dates(t, refused.arguments())));
        }
        FormTokens.Verdict verdict = guard.tokens().check(form.get("token"), "survey:" + survey.roundId(), null);
        if (verdict != FormTokens.Verdict.OK) {
            return page(t, opened(typed, t.msg("portal.error.token." + verdict.name())), HttpStatus.valueOf(422));
        }
        List<PublicWork> works = works(survey);
        Map<Long, Answer> items = new LinkedHashMap<>();
        for (int i = 0; i < works.size(); i++) {
            Answer a = answer(form.get("work" + (i + 1)));
            if (a != null) {
                items.put(works.get(i).id(), a);
            }
        }
        try {
            surveys.answer(typed, new SurveyAnswers.SurveyAnswer(survey.roundId(), answer(form.get("answer")), items));
        } catch (DomainException refused) {
            return page(t, opened(typed, t.msg(refused.messageKey(),
                    FeedbackController.dates(t, refused.arguments()))), HttpStatus.valueOf(422));
        }
        return views.fresh(HttpStatus.OK, views.render("portal/message.jte", Map.of("t", t,
                "title", t.msg("portal.survey.thanksTitle"), "message", t.msg("portal.survey.thanks"))));
    }

    private SurveyForm opened(String code, String error) {
        SurveyAnswers.SurveyForm survey = surveys.survey(code);
        String name = projects.find(survey.projectId()).map(PublicProjects.PublicProject::name).orElse("");
        return new SurveyForm(guard.tokens().issue("survey:" + survey.roundId(), false).token(), code, name,
                survey.compoundName(), survey.summary(), survey.closesOn(), works(survey), error);
    }

    /** The round's works one may rate, as the public page names them, in the round's order. */
    private List<PublicWork> works(SurveyAnswers.SurveyForm survey) {
        Set<Long> asked = Set.copyOf(survey.workItemIds());
        return progress.of(survey.projectId()).stream().filter(w -> asked.contains(w.id())).toList();
    }

    private ResponseEntity<byte[]> refuse(PortalText t, String code, String message) {
        return page(t, new SurveyForm(guard.tokens().issue("survey", false).token(), code, null, null, null, null,
                List.of(), message), HttpStatus.valueOf(422));
    }

    private ResponseEntity<byte[]> page(PortalText t, SurveyForm form, HttpStatus status) {
        return views.fresh(status, views.render("portal/survey.jte", Map.of("t", t, "form", form)));
    }

    private static Answer answer(String value) {
        return switch (value == null ? "" : value) {
            case "AGREE" -> Answer.AGREE;
            case "DISAGREE" -> Answer.DISAGREE;
            case "ABSTAIN" -> Answer.ABSTAIN;
            default -> null;
        };
    }
}
