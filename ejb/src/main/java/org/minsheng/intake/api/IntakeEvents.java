package org.minsheng.intake.api;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import org.minsheng.intake.domain.AttachmentAdded;
import org.minsheng.shared.events.EventStream;

/** Declares the intake-events stream (attachments added to cases). */
@Dependent
public class IntakeEvents {

    @Produces
    public static final EventStream STREAM = AttachmentAdded.STREAM;
}
