-- What is left of an erased conversation: its last version, under a SHA-256 of its id (the id itself, a chat or
-- account number, is not kept). A conversation started again under the same id continues from that version, so a
-- node that still holds the erased state can never write it back: its version is behind every new one.
CREATE TABLE conversation_tombstone (
    id_hash     VARCHAR(64)  PRIMARY KEY,
    version     BIGINT       NOT NULL,
    erased_at   BIGINT       NOT NULL
);
