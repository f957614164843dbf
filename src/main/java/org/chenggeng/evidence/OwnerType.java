package org.chenggeng.evidence;

/**
 * The records a file may prove. A household's answer carries personal data (a signed consent form): only the
 * committee of its compound and administrators see its files, and every upload, withdrawal and download is audited.
 */
public enum OwnerType {
    ENTRY, WORK_ITEM, PROJECT, ANSWER, FEEDBACK;

    public boolean personal() {
        return this == ANSWER || this == FEEDBACK;
    }
}
