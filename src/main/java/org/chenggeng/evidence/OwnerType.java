package org.chenggeng.evidence;

/**
 * The records a file may prove. A household's answer carries personal data (a signed consent form): only the
 * committee of its compound and administrators see its files, and every upload, withdrawal and download is audited.
 * An inspection, its findings, an issue, a rectification answering it, a completion acceptance and a household's
 * acceptance (personal: the resident's signature) are the inspection module's (decision 0023); a public notice's
 * attachments (公示, the plan's drawings say) the notice module's (decision 0025).
 */
public enum OwnerType {
    ENTRY, WORK_ITEM, PROJECT, ANSWER, FEEDBACK, INSPECTION, FINDING, ISSUE, RECTIFICATION, ACCEPTANCE, HOUSEHOLD_ACCEPTANCE, NOTICE;

    /** Whether photos of this record are tagged 施工前/中/后: the site's own records, not a form, feedback or a finding. */
    public boolean phased() {
        return this == ENTRY || this == WORK_ITEM || this == PROJECT;
    }

    public boolean personal() {
        return this == ANSWER || this == FEEDBACK || this == HOUSEHOLD_ACCEPTANCE;
    }
}
