package org.chenggeng.evidence;

/**
 * What a received file is attached to and how it is tagged: a photo's phase (施工前/中/后), a project document's type,
 * an optional caption. {@code sample} marks demo files.
 */
public record AttachRequest(OwnerType ownerType, long ownerId, Phase phase, String documentType, String caption,
                            boolean sample) {

    public static AttachRequest photo(OwnerType ownerType, long ownerId, Phase phase) {
        return new AttachRequest(ownerType, ownerId, phase, null, null, false);
    }

    public static AttachRequest document(long projectId, String documentType) {
        return new AttachRequest(OwnerType.PROJECT, projectId, null, documentType, null, false);
    }
}
