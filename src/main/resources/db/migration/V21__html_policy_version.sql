-- The version of the sanitiser policy (PostHtmlPolicy.VERSION, CommentHtmlPolicy.VERSION) that
-- each stored body_html went through. Pages and feeds show body_html as it is; after startup,
-- rows below the current version are sanitised again. Rows stored before this column existed
-- get 0, so they are all sanitised once more on the first start after the upgrade.
-- (Added at the end with a constant default, which MariaDB does in place without copying the table.)

ALTER TABLE post ADD COLUMN html_policy_version INT NOT NULL DEFAULT 0;
ALTER TABLE site_page ADD COLUMN html_policy_version INT NOT NULL DEFAULT 0;
ALTER TABLE comment ADD COLUMN html_policy_version INT NOT NULL DEFAULT 0;
