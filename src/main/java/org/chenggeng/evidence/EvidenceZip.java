package org.chenggeng.evidence;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.chenggeng.evidence.FileStore.Rendition;
import org.chenggeng.project.ProjectAccess;
import org.chenggeng.security.Actor;
import org.chenggeng.security.CurrentUser;
import org.chenggeng.security.Role;
import org.chenggeng.shared.CellText;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A project's evidence as one zip for officials: every photo and document that is not withdrawn and carries no
 * personal data, as received, under {@code 照片/} and {@code 文件/}, and {@code 索引.xlsx} naming each with its work item,
 * phase, dates, uploader, size and SHA-256 (so the receiver can check every file). Streamed: one file in memory at a
 * time, the index written row by row.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class EvidenceZip {

    static final String INDEX = "索引.xlsx";
    private static final int PAGE = 500;

    private final ProjectAccess projects;
    private final CurrentUser currentUser;
    private final AttachmentRepository attachments;
    private final StoredFileRepository files;
    private final FileStore store;
    private final WorkItemLabels labels;

    EvidenceZip(ProjectAccess projects, CurrentUser currentUser, AttachmentRepository attachments,
                StoredFileRepository files, FileStore store, WorkItemLabels labels) {
        this.projects = projects;
        this.currentUser = currentUser;
        this.attachments = attachments;
        this.files = files;
        this.store = store;
        this.labels = labels;
    }

    /** Refuses (and audits) anyone but administrators and the officials whose region holds the project. */
    @Transactional(readOnly = true)
    public ProjectAccess.WorkAccess check(long projectId) {
        ProjectAccess.WorkAccess project = projects.workAccess(projectId);
        Actor actor = currentUser.require();
        if (!mayDownload(actor)) {
            throw currentUser.deny(actor, "evidence.zip project " + projectId);
        }
        return project;
    }

    /** Whether the signed-in user is one who may download a zip of a project they reach; screens offer it only then. */
    public boolean mayDownload() {
        return mayDownload(currentUser.require());
    }

    private static boolean mayDownload(Actor actor) {
        return actor.isAdmin() || actor.is(Role.OFFICIAL);
    }

    /** Writes the zip, after {@link #check}. */
    @Transactional(readOnly = true)
    public void write(long projectId, OutputStream out) throws IOException {
        ProjectAccess.WorkAccess project = check(projectId);
        Map<Long, String> items = labels.of(projectId, Locale.CHINA);
        List<String[]> index = new ArrayList<>();
        ZipOutputStream zip = new ZipOutputStream(out);
        for (boolean photos : new boolean[]{true, false}) {
            List<Attachment> page;
            for (int n = 0; !(page = attachments.ofProject(projectId, photos, PhotoQueries.EARLIEST, PhotoQueries.LATEST,
                    null, false, null, PageRequest.of(n, PAGE))).isEmpty(); n++) {
                Map<Long, StoredFile> stored = byId(page);
                for (Attachment a : page) {
                    StoredFile f = stored.get(a.getFileId());
                    String path = (photos ? "照片/" : "文件/") + String.format("%04d", index.size() + 1) + "-"
                            + a.getFileName();
                    zip.putNextEntry(new ZipEntry(path));
                    try (InputStream in = store.open(f.getSha256(), Rendition.ORIGINAL).orElseThrow(
                            () -> new IOException("missing from the store: " + f.getSha256()))) {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                    index.add(row(path, a, f, items));
                }
            }
        }
        zip.putNextEntry(new ZipEntry(INDEX));
        writeIndex(project, index, zip);
        zip.closeEntry();
        zip.finish();
    }

    private Map<Long, StoredFile> byId(List<Attachment> page) {
        Map<Long, StoredFile> byId = new java.util.HashMap<>();
        files.findAllById(page.stream().map(Attachment::getFileId).distinct().toList()).forEach(f -> byId.put(f.getId(), f));
        return byId;
    }

    private static String[] row(String path, Attachment a, StoredFile f, Map<Long, String> items) {
        String phase = a.getPhase() == null ? "" : switch (a.getPhase()) {
            case BEFORE -> "施工前";
            case DURING -> "施工中";
            case AFTER -> "施工后";
        };
        return new String[]{path, a.getWorkItemId() == null ? "项目" : items.getOrDefault(a.getWorkItemId(), ""), phase,
                a.getDocumentType() == null ? "" : a.getDocumentType(), f.getType().mediaType(),
                String.valueOf(a.getTakenOn()), a.getUploadedBy(), String.valueOf(a.getUploadedAt()),
                String.valueOf(f.getSizeBytes()), f.getSha256(), a.getCaption() == null ? "" : a.getCaption(),
                a.isSample() ? "示例" : ""};
    }

    private static void writeIndex(ProjectAccess.WorkAccess project, List<String[]> index, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet("影像资料");
            sheet.createRow(0).createCell(0).setCellValue(CellText.neutralised(project.code() + " " + project.name()));
            String[] head = {"文件", "工程项", "阶段", "文件类型", "格式", "拍摄日期", "上传人", "上传时间", "字节", "SHA-256",
                    "说明", "示例"};
            write(sheet.createRow(1), head);
            for (int i = 0; i < index.size(); i++) {
                write(sheet.createRow(i + 2), index.get(i));
            }
            book.write(new NonClosing(out));
        }
    }

    private static void write(Row row, String[] values) {
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(CellText.neutralised(values[c]));
        }
    }

    /** POI closes the stream it writes to; the zip has more to say after the index. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
