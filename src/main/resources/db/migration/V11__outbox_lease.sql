-- Which node sends a conversation's answers on a channel, until when. A node claims a conversation before it sends
-- (an insert, or an update of an expired lease or one it already holds), renews the claim as each answer goes out
-- and removes it when nothing is left; a node that died loses its claims when they expire, and another takes over.
-- Portable between SQLite and PostgreSQL (INSERT ... ON CONFLICT ... DO UPDATE ... WHERE).
CREATE TABLE outbox_lease (
    channel          VARCHAR(40)  NOT NULL,
    conversation_id  VARCHAR(200) NOT NULL,
    owner            VARCHAR(100) NOT NULL,
    until            BIGINT       NOT NULL,
    PRIMARY KEY (channel, conversation_id)
);
