package org.chenggeng.evidence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/** The kinds of project document one may attach, in the administrator's order. */
@Service
@PreAuthorize("isAuthenticated()")
public class DocumentTypes {

    /** A document type as the upload's choice shows it. */
    public record Choice(String code, String nameZh, String nameEn) {

        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    private final DocumentTypeRepository types;

    DocumentTypes(DocumentTypeRepository types) {
        this.types = types;
    }

    @Transactional(readOnly = true)
    public List<Choice> active() {
        return types.findByActiveTrueOrderBySortOrderAsc().stream()
                .map(t -> new Choice(t.getCode(), t.getNameZh(), t.getNameEn())).toList();
    }
}
