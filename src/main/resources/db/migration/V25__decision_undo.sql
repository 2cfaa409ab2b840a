-- A decision that undid the one before it (within the moderator's undo window): the history shows it as such.
ALTER TABLE comment_decision ADD COLUMN is_undo BOOLEAN NOT NULL DEFAULT FALSE;
