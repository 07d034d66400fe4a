package org.minsheng.interview.api;

import java.util.List;

/** 实录: the interview, every post in order, and the follow-ups of questions not answered on air. */
public record TranscriptView(InterviewView interview, List<PostView> posts, List<FollowUpView> followUps) {
}
