package io.claimdesk.review;

/** Whether the outlet reported faithfully that its source said it — a separate question from whether it is true. */
public enum AttributionJudgement {
    ACCURATE, INACCURATE, UNCHECKED
}
