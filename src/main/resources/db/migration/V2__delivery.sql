-- Delivery of answers by channels that send them on their own (Telegram): the answer is stored with the message
-- (V1); here we note how many of its outgoing parts went out and when the last one did, so an answer that could not
-- be sent (a crash, Telegram down) is sent again later instead of being lost. Portable: BIGINT, epoch milliseconds.
ALTER TABLE processed_message ADD COLUMN delivered_parts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE processed_message ADD COLUMN delivered_at BIGINT;

-- Answers given before this migration were delivered by whoever asked for them.
UPDATE processed_message SET delivered_at = processed_at;

CREATE INDEX processed_message_undelivered ON processed_message (channel, delivered_at, processed_at);
