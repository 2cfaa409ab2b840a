-- Finding a sender's recent comments (duplicates) by email without scanning the table.
CREATE INDEX ix_comment_sender ON comment (author_email, created_at);
