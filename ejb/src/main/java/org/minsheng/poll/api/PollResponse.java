package org.minsheng.poll.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A response to a poll, with the challenge's id and answer when one was asked. */
@Schema(name = "PollResponse", description = "A response to a poll", requiredProperties = {"answers"})
public record PollResponse(List<AnswerInput> answers, String challengeId, String challengeAnswer) {
}
