package io.claimdesk.history;

/** The kinds of change the desk records. */
public enum HistoryAction {
    VERDICT_GIVEN, CLAIM_SETTLED, COMMENT_ADDED, COMMENT_EDITED, COMMENT_DELETED, ARTICLE_EDITED,
    ACCOUNT_CREATED, ACCOUNT_DISABLED, PASSWORD_CHANGED
}
