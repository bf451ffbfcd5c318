-- The bytes of evidence files (photos, screenshots, recordings) a user keeps in the locker, sealed, in the store every
-- node reads, instead of on one node's disk. A file's SHA-256 names it within its conversation, so the same file sent
-- twice is kept once. Erased with the conversation, or when no record refers to it any more.
-- Portable between SQLite and PostgreSQL, like turn_file: TEXT (sealed, Base64), BIGINT epoch milliseconds.
CREATE TABLE evidence_file (
    conversation_id  VARCHAR(200) NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    content          TEXT         NOT NULL,
    stored_bytes     BIGINT       NOT NULL,
    created_at       BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, sha256)
);
