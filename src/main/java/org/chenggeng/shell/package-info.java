/**
 * The frame around every view: the main layout with its menu (built from {@code @Menu} entries the user may
 * open), the user menu and language switch, error pages, and the session-wide error handler. Features never
 * import anything from here.
 */
package org.chenggeng.shell;
