package org.chenggeng.demo;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.chenggeng.consultation.ResponseService;
import org.chenggeng.consultation.RoundKind;
import org.chenggeng.consultation.RoundService;
import org.chenggeng.evidence.AttachRequest;
import org.chenggeng.evidence.EvidenceService;
import org.chenggeng.evidence.OwnerType;
import org.chenggeng.evidence.Phase;
import org.chenggeng.evidence.PhotoQueries;
import org.chenggeng.project.ProjectFilter;
import org.chenggeng.project.ProjectQueries;
import org.chenggeng.project.ProjectRow;
import org.chenggeng.work.WorkItemRow;
import org.chenggeng.work.WorkItemService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The pilot's evidence, once the demo data is there: before/during/after pictures of its main works (rendered, with
 * a caption saying they are samples; the first three works' before and after ones shown on the public page), its 实施方案 as a PDF, and the scan of one household's paper consent form. Made
 * on a thread of its own once the application is ready, so that start-up does not wait for the pictures, and only
 * while the pilot has no photos; a failure is logged, never fatal. {@code chenggeng.demo-evidence=false} (the tests)
 * leaves them out.
 */
@Component
@Profile("demo")
class DemoEvidence {

    private static final Logger log = LoggerFactory.getLogger(DemoEvidence.class);
    private static final String PILOT = "YYH-2022-01";
    private static final int MAIN_WORKS = 6;
    /** The works whose before and after pictures the public page shows, as an official would tick them. */
    private static final int PUBLIC_WORKS = 3;

    private final ProjectQueries projects;
    private final WorkItemService items;
    private final RoundService rounds;
    private final ResponseService responses;
    private final EvidenceService evidence;
    private final PhotoQueries photos;
    private final SecurityContextHolderStrategy securityContext;
    private final boolean enabled;

    DemoEvidence(ProjectQueries projects, WorkItemService items, RoundService rounds, ResponseService responses,
                 EvidenceService evidence, PhotoQueries photos,
                 ObjectProvider<SecurityContextHolderStrategy> securityContext,
                 @Value("${chenggeng.demo-evidence:true}") boolean enabled) {
        this.enabled = enabled;
        this.projects = projects;
        this.items = items;
        this.rounds = rounds;
        this.responses = responses;
        this.evidence = evidence;
        this.photos = photos;
        this.securityContext = securityContext.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (enabled) {
            Thread.ofPlatform().name("demo-evidence").daemon().start(this::load);
        }
    }

    void load() {
        securityContext.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList(
                org.chenggeng.security.Role.SYSTEM_ADMIN.authority())));
        try {
            ProjectRow pilot = projects.all(ProjectFilter.none()).stream().filter(p -> p.code().equals(PILOT))
                    .findFirst().orElse(null);
            if (pilot == null || photos.count(pilot.id(), PhotoQueries.Filter.allPhotos()) > 0) {
                return;
            }
            long started = System.nanoTime();
            int added = photosOf(pilot) + plan(pilot) + consentScan(pilot);
            log.info("Demo evidence: {} sample files for {} in {} ms", added, pilot.name(),
                    (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            log.warn("Demo evidence was not loaded", e);
        } finally {
            securityContext.clearContext();
        }
    }

    private int photosOf(ProjectRow pilot) throws IOException {
        List<WorkItemRow> main = items.items(pilot.id()).stream().filter(i -> !i.retired()).limit(MAIN_WORKS).toList();
        for (int i = 0; i < main.size(); i++) {
            WorkItemRow item = main.get(i);
            String work = item.name(Locale.CHINA);
            for (Phase phase : Phase.values()) {
                String label = switch (phase) {
                    case BEFORE -> "施工前";
                    case DURING -> "施工中";
                    case AFTER -> "施工后";
                };
                var row = attach(new AttachRequest(OwnerType.WORK_ITEM, item.id(), phase, null,
                        work + " · " + label + "（示例）", true),
                        DemoPictures.site("靖江东里", work, phase, label, taken(phase, i)),
                        "示例-" + work + "-" + label + ".jpg");
                if (i < PUBLIC_WORKS && phase != Phase.DURING) {
                    evidence.setPublic(row.token(), true);
                }
            }
        }
        return main.size() * Phase.values().length;
    }

    /**
     * When a demo picture says it was taken, in the pilot's months (its ledger runs from April to November 2022):
     * before the works in spring, during them in summer, after them in autumn, a few days apart per work item.
     */
    static LocalDateTime taken(Phase phase, int item) {
        LocalDateTime start = switch (phase) {
            case BEFORE -> LocalDateTime.of(2022, 3, 14, 9, 30);
            case DURING -> LocalDateTime.of(2022, 6, 8, 10, 15);
            case AFTER -> LocalDateTime.of(2022, 10, 18, 15, 0);
        };
        return start.plusDays(5L * item).plusMinutes(7L * item);
    }

    private int plan(ProjectRow pilot) throws IOException {
        attach(new AttachRequest(OwnerType.PROJECT, pilot.id(), null, "PLAN", "实施方案（示例）", true),
                planPdf(pilot.name()), "靖江东里小区城市更新改造实施方案（示例）.pdf");
        return 1;
    }

    private int consentScan(ProjectRow pilot) throws IOException {
        var consent = rounds.rounds(pilot.id()).stream().filter(r -> r.kind() == RoundKind.CONSENT).findFirst();
        if (consent.isEmpty()) {
            return 0;
        }
        var stairwells = responses.stairwells(consent.get().id());
        var first = stairwells.entrySet().stream().findFirst();
        if (first.isEmpty() || first.get().getValue().isEmpty()) {
            return 0;
        }
        var door = responses.doors(consent.get().id(), first.get().getKey(), first.get().getValue().getFirst())
                .stream().filter(d -> d.answerId() != null).findFirst();
        if (door.isEmpty()) {
            return 0;
        }
        attach(new AttachRequest(OwnerType.ANSWER, door.get().answerId(), null, null, "征询表扫描件（示例）", true),
                DemoPictures.consentForm(pilot.name(), first.get().getKey() + "-" + first.get().getValue().getFirst()),
                "征询表扫描件（示例）.jpg");
        return 1;
    }

    private org.chenggeng.evidence.AttachmentRow attach(AttachRequest request, byte[] bytes, String name)
            throws IOException {
        Path file = Files.createTempFile("chenggeng-demo-", ".bin");
        Files.write(file, bytes);
        return evidence.attach(request, file, name);
    }

    private static byte[] planPdf(String project) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream();
             InputStream ttf = DemoEvidence.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(font, 20);
                text.newLineAtOffset(60, 760);
                text.showText(project + "实施方案（示例）");
                text.setFont(font, 12);
                for (String line : List.of("本文件为演示数据，内容为示例，非正式方案。", "一、改造范围：靖江东里小区 26 栋楼，1632 户。",
                        "二、改造内容：线网治理、化粪池与污水井清淘、地下管网疏通、道路铺装、外墙粉刷、绿化补植；",
                        "    新增充电桩、休闲座椅、太阳能照明、健身器材、乒乓球桌、小花园与凉亭，提升停车棚。",
                        "三、实施安排：2022年3月开工，2022年11月完工；分区分段施工，保障居民出行。",
                        "四、居民参与：实施单位工程管理部与社区居委会共同成立居民意见征询工作组。")) {
                    text.newLineAtOffset(0, -28);
                    text.showText(line);
                }
                text.endText();
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
