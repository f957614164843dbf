/** The audit log screen. */
package org.chenggeng.audit.ui;
