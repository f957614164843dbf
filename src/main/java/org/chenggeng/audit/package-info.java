/**
 * The audit log: every change that services announce with {@link org.chenggeng.shared.EntityChanged}, recorded in
 * the same transaction as the change; every read of personal data ({@link org.chenggeng.shared.PersonalDataRead})
 * and every security event (logins, failed logins, locks, denied access), recorded in a transaction of its own so
 * that a read-only or refused operation still leaves its entry. Entries form one SHA-256 hash chain that the audit
 * administrator verifies and archives to signed files (decision record 0029); nothing updates or deletes an entry.
 */
package org.chenggeng.audit;
