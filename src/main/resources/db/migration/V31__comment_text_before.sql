-- The text a comment had before an edit (a moderator's, or its commenter's within the edit window),
-- so that its history keeps both texts.
ALTER TABLE comment_decision ADD COLUMN body_before TEXT NULL AFTER body_edited;
