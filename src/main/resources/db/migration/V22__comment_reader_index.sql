-- Reader pages ask whether a browser has comments waiting for a moderator (only then is its post
-- page personal and served live instead of from the page cache): find them by the token's hash.
CREATE INDEX ix_comment_reader ON comment (reader_token_hash, status);
