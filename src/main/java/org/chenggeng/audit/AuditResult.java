package org.chenggeng.audit;

/** How what an entry records ended: done, refused (a failed login, a denied access), or failed on an error. */
public enum AuditResult {
    SUCCESS, REFUSED, FAILED
}
