/** The staff's side of the portal: a project's public link, to hand out and to open (route {@code projects/:id/public}). */
package org.chenggeng.portal.ui;
