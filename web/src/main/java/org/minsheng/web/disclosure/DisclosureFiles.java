package org.minsheng.web.disclosure;

import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.minsheng.disclosure.api.DocumentFile;
import org.minsheng.intake.api.AttachmentContent;
import org.minsheng.intake.api.AttachmentInfo;
import org.minsheng.web.platform.Uploads;

/** A document's file as a download, with the same headers as case attachments. */
final class DisclosureFiles {

    private DisclosureFiles() {
    }

    static Response download(DocumentFile file) {
        AttachmentInfo info = new AttachmentInfo("", file.fileName(), file.contentType(), file.content().length, "",
                Instant.EPOCH, false, null);
        return Uploads.download(new AttachmentContent(info, file.content()));
    }
}
