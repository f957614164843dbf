package org.chenggeng.portal;

import org.chenggeng.consultation.PublicConsultation;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PublicPhotos;
import org.chenggeng.evidence.PublicPhotos.PublicPhoto;
import org.chenggeng.evidence.PublicFiles;
import org.chenggeng.evidence.PublicFiles.PublicFile;
import org.chenggeng.notice.NoticeReadService;
import org.chenggeng.notice.PublicNotice;
import org.chenggeng.project.PublicProjects;
import org.chenggeng.region.CompoundService;
import org.chenggeng.work.PublicProgress;
import org.chenggeng.work.PublicProgress.PublicWork;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers a project's public page from the other modules' public services, and from nothing else. */
@Component
class PageReader {

    private final PublicProjects projects;
    private final CompoundService compounds;
    private final PublicProgress progress;
    private final PublicPhotos photos;
    private final PublicConsultation consultation;
    private final NoticeReadService notices;
    private final PublicFiles files;

    PageReader(PublicProjects projects, CompoundService compounds, PublicProgress progress, PublicPhotos photos,
               PublicConsultation consultation, NoticeReadService notices, PublicFiles files) {
        this.notices = notices;
        this.files = files;
        this.projects = projects;
        this.compounds = compounds;
        this.progress = progress;
        this.photos = photos;
        this.consultation = consultation;
    }

    Optional<ProjectPage> read(String slug, long projectId) {
        return projects.find(projectId).map(p -> {
            List<String> names = compounds.byIds(p.compoundIds()).stream().map(CompoundService.CompoundRow::name)
                    .sorted().toList();
            List<PublicWork> works = progress.of(projectId);
            List<PublicPhoto> shown = photos.of(projectId);
            Map<Long, PublicWork> byId = works.stream().collect(Collectors.toMap(PublicWork::id, Function.identity()));
            List<PublicNotice> published = notices.publicNotices(projectId);
            Map<Long, List<PublicFile>> noticeFiles = new HashMap<>();
            for (PublicNotice n : published) {
                noticeFiles.put(n.id(), files.ofNotice(n.id()));
            }
            return new ProjectPage(slug, p, names, published, noticeFiles, works, phase(shown, Phase.BEFORE),
                    phase(shown, Phase.AFTER), byId, consultation.consent(projectId), consultation.contacts(projectId),
                    consultation.answered(projectId));
        });
    }

    private static List<PublicPhoto> phase(List<PublicPhoto> all, Phase phase) {
        return all.stream().filter(x -> x.phase() == phase)
                .toList();
    }
}
