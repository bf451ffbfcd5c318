-- WeChat replies that could not be delivered (error 45015: the user's 48-hour window had closed), kept until the
-- user writes again, when they go out first. Portable between SQLite and PostgreSQL: TEXT, BIGINT epoch millis.
CREATE TABLE wechat_pending_reply (
    id               VARCHAR(40)  PRIMARY KEY,
    conversation_id  VARCHAR(200) NOT NULL,
    replies          TEXT         NOT NULL,
    created_at       BIGINT       NOT NULL
);

CREATE INDEX wechat_pending_reply_conversation ON wechat_pending_reply (conversation_id, created_at);
