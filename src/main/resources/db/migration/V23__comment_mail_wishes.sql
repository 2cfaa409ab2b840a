-- What the commenter asked to be told by mail is part of the comment they wrote (the comment
-- module owns it); the notification module reads it when the comment is published.
ALTER TABLE comment
    ADD COLUMN mail_when_published BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN mail_on_replies     BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE comment c JOIN comment_notification n ON n.comment_id = c.id
SET c.mail_when_published = n.when_published, c.mail_on_replies = n.replies;

DROP TABLE comment_notification;
