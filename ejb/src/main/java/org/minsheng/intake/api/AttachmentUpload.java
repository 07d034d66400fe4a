package org.minsheng.intake.api;

/** The outcome of an upload: the stored file, and whether the case already had exactly this file. */
public record AttachmentUpload(AttachmentInfo attachment, boolean alreadyAttached) {
}
