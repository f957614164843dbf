/**
 * The audit log: every change that services announce with {@link org.chenggeng.shared.EntityChanged}, recorded
 * in the same transaction as the change, and every security event (logins, failed logins, locks, denied
 * access), recorded in a transaction of its own so that a refused operation's rollback does not erase it.
 */
package org.chenggeng.audit;
