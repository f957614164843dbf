package org.chenggeng.evidence;

import jakarta.annotation.security.RolesAllowed;
import org.chenggeng.security.Roles;
import org.chenggeng.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The administrator keeps the list of document types: adds, renames, deactivates and reactivates them. A type is
 * never deleted, so the documents filed under it keep their type; a deactivated one is no longer offered on upload.
 */
@Service
@RolesAllowed(Roles.SYSTEM_ADMIN)
public class DocumentTypeAdmin {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final int MAX_NAME = 100;

    /** A type as the administrator's list shows it. */
    public record Row(String code, String nameZh, String nameEn, boolean active, boolean inUse) {
    }

    private final DocumentTypeRepository types;
    private final AttachmentRepository attachments;

    DocumentTypeAdmin(DocumentTypeRepository types, AttachmentRepository attachments) {
        this.types = types;
        this.attachments = attachments;
    }

    @Transactional(readOnly = true)
    public List<Row> all() {
        return types.findAllByOrderBySortOrderAsc().stream().map(t -> new Row(t.getCode(), t.getNameZh(),
                t.getNameEn(), t.isActive(), attachments.existsByDocumentType(t.getCode()))).toList();
    }

    /** Adds a type at the end of the list; adding the same code with the same names again changes nothing. */
    @Transactional
    public void add(String code, String nameZh, String nameEn) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!CODE.matcher(c).matches()) {
            throw new DomainException("documentType.error.code");
        }
        String zh = name(nameZh);
        String en = name(nameEn);
        DocumentType existing = types.findById(c).orElse(null);
        if (existing != null) {
            if (existing.getNameZh().equals(zh) && existing.getNameEn().equals(en)) {
                return;
            }
            throw new DomainException("documentType.error.codeTaken", c);
        }
        int last = types.findAllByOrderBySortOrderAsc().stream().mapToInt(DocumentType::getSortOrder).max().orElse(0);
        types.save(new DocumentType(c, zh, en, last + 1));
    }

    @Transactional
    public void rename(String code, String nameZh, String nameEn) {
        find(code).rename(name(nameZh), name(nameEn));
    }

    /** Deactivating keeps the type and its documents; it is only no longer offered for new uploads. */
    @Transactional
    public void setActive(String code, boolean active) {
        find(code).setActive(active);
    }

    private DocumentType find(String code) {
        return types.findById(code == null ? "" : code).orElseThrow(() -> new DomainException("documentType.error.unknown"));
    }

    private static String name(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > MAX_NAME) {
            throw new DomainException("documentType.error.name", MAX_NAME);
        }
        return n;
    }
}
