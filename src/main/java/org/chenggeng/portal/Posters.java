package org.chenggeng.portal;

import org.chenggeng.notice.NoticeReadService;
import org.chenggeng.notice.PublicNotice;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.shared.NotFoundException;
import org.chenggeng.shared.pdf.Poster;
import org.chenggeng.shared.pdf.PosterPdf;
import org.chenggeng.shared.ui.Formats;
import org.chenggeng.work.PublicProgress.PublicWork;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The notice-board posters staff print for a compound's gate: one for the project (its key facts, the works, the
 * contacts) and one per published notice (its text and period), each with the QR code of the project's public page.
 * Only public data is printed, read as the public page reads it; whoever can see the project may print them.
 */
@Service
public class Posters {

    /** How many works the project poster lists; the page the code opens lists them all. */
    static final int WORKS = 8;

    private final PublicLinks links;
    private final PageReader reader;
    private final ProjectAccess projects;
    private final NoticeReadService notices;
    private final MessageSource messages;
    private final Clock clock;

    Posters(PublicLinks links, PageReader reader, ProjectAccess projects, NoticeReadService notices,
            MessageSource messages, Clock clock) {
        this.links = links;
        this.reader = reader;
        this.projects = projects;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    /** The project's poster; {@code base} is the public address the code carries, such as https://host. */
    @PreAuthorize("isAuthenticated()")
    public byte[] project(long projectId, Poster.Paper paper, Locale locale, String base) {
        projects.get(projectId);
        String slug = links.slugOf(projectId);
        ProjectPage page = reader.read(slug, projectId).orElseThrow(NotFoundException::new);
        var p = page.project();
        List<Poster.Line> facts = new ArrayList<>();
        facts.add(new Poster.Line(t("poster.compounds", locale), String.join("、", page.compounds())));
        facts.add(new Poster.Line(t("poster.unit", locale), p.implementingUnit()));
        facts.add(new Poster.Line(t("poster.period", locale), t("poster.range", locale,
                Formats.date(p.plannedStart(), locale), Formats.date(p.plannedEnd(), locale))));
        List<PublicWork> works = page.works();
        for (int i = 0; i < Math.min(WORKS, works.size()); i++) {
            PublicWork w = works.get(i);
            facts.add(new Poster.Line(i == 0 ? t("poster.works", locale) : "", w.name(locale) + " "
                    + Formats.number(w.planned(), locale) + " " + unit(w, locale)));
        }
        if (works.size() > WORKS) {
            facts.add(new Poster.Line("", t("poster.moreWorks", locale, works.size() - WORKS)));
        }
        return PosterPdf.write(new Poster(paper, t("poster.project.heading", locale), p.name(),
                t("poster.project.subtitle", locale), facts, "", contacts(page), t("poster.contacts", locale),
                address(base, slug), t("poster.scan", locale), footer(locale)));
    }

    /** A published notice's poster, with its text and period. */
    @PreAuthorize("isAuthenticated()")
    public byte[] notice(long projectId, long noticeId, Poster.Paper paper, Locale locale, String base) {
        projects.get(projectId);
        PublicNotice n = notices.publicNotice(projectId, noticeId).orElseThrow(NotFoundException::new);
        String slug = links.slugOf(projectId);
        ProjectPage page = reader.read(slug, projectId).orElseThrow(NotFoundException::new);
        String period = t("poster.range", locale, Formats.date(n.periodStart(), locale),
                Formats.date(n.periodEnd(), locale));
        List<Poster.Line> facts = List.of(new Poster.Line(t("poster.projectName", locale), page.project().name()),
                new Poster.Line(t("poster.noticeKind", locale), t(n.kind().labelKey(), locale)),
                new Poster.Line(t("poster.noticePeriod", locale), period));
        return PosterPdf.write(new Poster(paper, t("poster.notice.heading", locale), n.title(),
                t("poster.notice.subtitle", locale, period), facts, n.body(), contacts(page),
                t("poster.contacts", locale), address(base, slug), t("poster.scanNotice", locale), footer(locale)));
    }

    private static List<Poster.Line> contacts(ProjectPage page) {
        return page.contacts().stream().map(c -> new Poster.Line(c.organisation()
                + (c.role() == null || c.role().isBlank() ? "" : " " + c.role()), c.officePhone())).toList();
    }

    private static String address(String base, String slug) {
        String b = base == null ? "" : base.strip();
        while (b.endsWith("/")) {
            b = b.substring(0, b.length() - 1);
        }
        return b + "/p/" + slug;
    }

    private String unit(PublicWork w, Locale locale) {
        return "en".equals(locale.getLanguage())
                ? w.unit().en(w.planned() != null && w.planned().compareTo(BigDecimal.ONE) != 0) : w.unit().zh();
    }

    private String footer(Locale locale) {
        return t("poster.printed", locale, Formats.date(LocalDate.now(clock), locale));
    }

    private String t(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
