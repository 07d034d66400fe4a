package org.minsheng.hearing.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new version of the draft during its comment period, with its change log; {@code version} is the hearing's version seen. */
@Schema(name = "Revision", description = "A new version of a draft", requiredProperties = {"changeLog", "sections", "version"})
public record Revision(String changeLog, List<SectionView> sections, long version) {
}
