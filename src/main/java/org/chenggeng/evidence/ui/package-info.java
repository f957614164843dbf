/**
 * The evidence screens and the pieces other modules' screens embed: the photo uploader of the progress entry, the
 * photo strip with its full-size view, and a project's 影像资料 page. Exposed as the module's named interface
 * {@code ui}, so that the work and consultation screens can show evidence while this module knows nothing of them.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.chenggeng.evidence.ui;
