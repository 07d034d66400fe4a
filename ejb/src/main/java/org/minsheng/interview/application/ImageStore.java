package org.minsheng.interview.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import org.minsheng.audit.api.AuditTrail;
import org.minsheng.intake.api.Attachments;
import org.minsheng.intake.api.CleanImage;
import org.minsheng.interview.api.ImageView;
import org.minsheng.interview.domain.InterviewImage;
import org.minsheng.interview.domain.InterviewRepository;
import org.minsheng.shared.files.StoredFile;
import org.minsheng.shared.security.Caller;

/** Stores the images of posts and the guests' photos of announcements. */
@Dependent
class ImageStore {

    /** Where uploaded interview images are served: the path followed by the image's id. */
    static final String IMAGE_PATH = "/api/interviews/images/";

    @Inject
    Clock clock;

    @Inject
    InterviewRepository interviews;

    @Inject
    InterviewRecords records;

    @Inject
    Attachments attachments;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /**
     * Stores an image for a post of the interview (or, without one, a guest photo for an
     * announcement): checked by its content, JPEG or PNG only, with its metadata (location,
     * camera) removed.
     */
    ImageView store(String interviewId, String fileName, String declaredType, byte[] content) {
        if (interviewId != null) {
            records.find(interviewId);
        }
        CleanImage image = attachments.cleanImage(fileName, declaredType, content);
        InterviewImage stored = new InterviewImage(UUID.randomUUID().toString(), interviewId,
                new StoredFile(image.mediaType(), image.sha256(), image.content()), caller.name(), clock.instant());
        interviews.add(stored);
        long size = stored.file().sizeBytes();
        audit.record(caller.name(), "interview.image.upload", "interview-image", stored.id(),
                (interviewId == null ? "" : interviewId + " ") + image.mediaType() + " " + size + " B");
        return new ImageView(stored.id(), IMAGE_PATH + stored.id(), stored.file().contentType(), size);
    }
}
