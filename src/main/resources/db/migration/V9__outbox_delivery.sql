-- One delivery table for every channel whose answers are sent by a sender loop (Telegram, WeChat): a row per
-- answered message, written in the turn's transaction. The answer itself is the stored result (processed_message);
-- here, how many of its parts went out, when the last did, and, for WeChat, whether it waits for the user to write
-- again (error 45015: their 48-hour window closed). Portable: BIGINT epoch milliseconds.
CREATE TABLE outbox_delivery (
    channel          VARCHAR(40)  NOT NULL,
    message_id       VARCHAR(200) NOT NULL,
    conversation_id  VARCHAR(200) NOT NULL,
    created_at       BIGINT       NOT NULL,
    sent_parts       BIGINT       NOT NULL DEFAULT 0,
    sent_at          BIGINT,
    parked_at        BIGINT,
    PRIMARY KEY (channel, message_id)
);

CREATE INDEX outbox_delivery_unsent ON outbox_delivery (channel, sent_at, created_at);
CREATE INDEX outbox_delivery_conversation ON outbox_delivery (conversation_id, created_at);

-- Telegram's answers not yet sent move over from the columns that tracked them before.
INSERT INTO outbox_delivery (channel, message_id, conversation_id, created_at, sent_parts, sent_at)
    SELECT channel, message_id, conversation_id, processed_at, delivered_parts, delivered_at
    FROM processed_message WHERE channel = 'telegram' AND delivered_at IS NULL;

-- WeChat kept refused replies in a table of their own; the delivery table parks them instead. Replies kept there
-- were the bot's own words from before this version; the user gets a fresh answer when they write again.
DROP TABLE wechat_pending_reply;
