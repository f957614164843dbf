package org.chenggeng.evidence;

/**
 * The records a file may prove. A household's answer carries personal data (a signed consent form): only the
 * committee of its compound and administrators see its files, and every upload, withdrawal and download is audited.
 * An inspection and its findings are the inspection module's (decision 0023).
 */
public enum OwnerType {
    ENTRY, WORK_ITEM, PROJECT, ANSWER, FEEDBACK, INSPECTION, FINDING;

    /** Whether photos of this record are tagged 施工前/中/后: the site's own records, not a form, feedback or a finding. */
    public boolean phased() {
        return this == ENTRY || this == WORK_ITEM || this == PROJECT;
    }

    public boolean personal() {
        return this == ANSWER || this == FEEDBACK;
    }
}
