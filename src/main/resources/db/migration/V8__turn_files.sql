-- Files a turn handed over (a letter's PDF and DOCX, a chart, the user's data), made once with the turn and stored
-- with it, sealed, so a link or a resend always serves the same bytes. Erased with the conversation; pruned after
-- 30 days, when every link to them has expired. Portable: TEXT (sealed, Base64), BIGINT epoch milliseconds.
CREATE TABLE turn_file (
    conversation_id  VARCHAR(200) NOT NULL,
    id               VARCHAR(40)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    media_type       VARCHAR(100) NOT NULL,
    content          TEXT         NOT NULL,
    created_at       BIGINT       NOT NULL,
    PRIMARY KEY (conversation_id, id)
);
