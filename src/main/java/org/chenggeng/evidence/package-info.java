/**
 * Evidence: the photos and documents behind the figures. A file is received onto disk within a size limit,
 * recognised by its content (never its name), hashed, stored once by its SHA-256 however often it is attached, and
 * for a photo given a thumbnail and a display size with its EXIF date, place and orientation. An
 * {@link org.chenggeng.evidence.Attachment} ties a file to the record it proves (a progress entry, a work item, a
 * project, a household's answer, a feedback) and is reached by an unguessable token; access follows that record,
 * checked in {@link org.chenggeng.evidence.EvidenceService}. Attachments are never deleted, only withdrawn with a
 * reason. See decision record 0018.
 */
package org.chenggeng.evidence;
