-- The queue health page counts by time: arrivals per day, decisions per day and per moderator.
CREATE INDEX ix_comment_created ON comment (created_at);
CREATE INDEX ix_comment_decision_decided ON comment_decision (decided_at, moderator_account_id);
