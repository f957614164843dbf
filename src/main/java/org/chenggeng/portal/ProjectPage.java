package org.chenggeng.portal;

import org.chenggeng.consultation.PublicConsultation.AnsweredFeedback;
import org.chenggeng.consultation.PublicConsultation.ConsentResult;
import org.chenggeng.consultation.PublicConsultation.Contact;
import org.chenggeng.evidence.PublicPhotos.PublicPhoto;
import org.chenggeng.evidence.PublicFiles.PublicFile;
import org.chenggeng.notice.PublicNotice;
import org.chenggeng.project.PublicProjects.PublicProject;
import org.chenggeng.work.PublicProgress.PublicWork;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything a project's public page shows, all of it public data read through the modules' public services. */
public record ProjectPage(String slug, PublicProject project, List<String> compounds, List<PublicNotice> notices,
                          Map<Long, List<PublicFile>> noticeFiles, List<PublicWork> works,
                          List<PublicPhoto> before, List<PublicPhoto> after, Map<Long, PublicWork> workById,
                          List<ConsentResult> consent, List<Contact> contacts, List<AnsweredFeedback> answered) {

    /** A notice's place in the page's list, from 1: how its objection link names it (no id in a public URL). */
    public int numberOf(PublicNotice notice) {
        return notices.indexOf(notice) + 1;
    }

    /** The files attached to a notice, in the order they were attached. */
    public List<PublicFile> filesOf(PublicNotice notice) {
        return noticeFiles.getOrDefault(notice.id(), List.of());
    }

    /** The name of the work a photo shows, or {@code null} for a photo of the project as a whole. */
    public String workOf(PublicPhoto photo, Locale locale) {
        PublicWork w = photo.workItemId() == null ? null : workById.get(photo.workItemId());
        return w == null ? null : w.name(locale);
    }
}
