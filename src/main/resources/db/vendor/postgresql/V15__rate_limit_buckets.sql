-- Rate-limit buckets (per chat, per address, resume-code guesses, sign-in failures) that every node spends from,
-- through Bucket4j's PostgreSQL back end: its state, serialised by Bucket4j, and when the row may be deleted (epoch
-- milliseconds; a minute after the bucket would be full again). The id is the limit's name and a hash of the key, so
-- no chat id or address is kept here. PostgreSQL only: on the embedded store the one node counts in memory.
CREATE TABLE rate_limit_bucket (
    id          VARCHAR(200) PRIMARY KEY,
    state       BYTEA,
    expires_at  BIGINT
);

CREATE INDEX rate_limit_bucket_expires ON rate_limit_bucket (expires_at);
