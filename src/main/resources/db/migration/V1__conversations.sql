-- Portable between SQLite (embedded default) and PostgreSQL: TEXT, BIGINT epoch milliseconds, composite keys.
CREATE TABLE conversation (
    id          VARCHAR(200) PRIMARY KEY,
    state       TEXT         NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL
);

-- One row per inbound message id: a redelivered message is answered from here and changes nothing.
CREATE TABLE processed_message (
    channel          VARCHAR(40)  NOT NULL,
    message_id       VARCHAR(200) NOT NULL,
    conversation_id  VARCHAR(200) NOT NULL,
    result           TEXT         NOT NULL,
    processed_at     BIGINT       NOT NULL,
    PRIMARY KEY (channel, message_id)
);

CREATE INDEX processed_message_conversation ON processed_message (conversation_id);
