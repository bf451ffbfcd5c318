-- A short code that opens a web conversation on another device. Only the code's SHA-256 is kept, so the table alone
-- opens nothing; one code per conversation at a time, replaced when a new one is asked for.
CREATE TABLE web_resume_code (
    code_hash        VARCHAR(64)  PRIMARY KEY,
    conversation_id  VARCHAR(200) NOT NULL,
    expires_at       BIGINT       NOT NULL
);

CREATE INDEX web_resume_code_conversation ON web_resume_code (conversation_id);
