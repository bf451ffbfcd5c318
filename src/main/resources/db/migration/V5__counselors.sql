-- Counselors, their hand-off links, and what borrowers who came through a link chose to share. Portable between
-- SQLite and PostgreSQL: VARCHAR/TEXT, BIGINT epoch milliseconds. No message text is kept here: a shared draft is
-- rendered from the conversation's current answers when the counselor looks.
CREATE TABLE counselor (
    id             VARCHAR(40)  PRIMARY KEY,
    name           VARCHAR(200) NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    created_at     BIGINT       NOT NULL
);

CREATE TABLE handoff (
    id            VARCHAR(40)  PRIMARY KEY,
    token         VARCHAR(64)  NOT NULL UNIQUE,
    counselor_id  VARCHAR(40)  NOT NULL REFERENCES counselor (id),
    flow          VARCHAR(60)  NOT NULL,
    lender_name   VARCHAR(200),
    lender_type   VARCHAR(40),
    note          TEXT,
    created_at    BIGINT       NOT NULL,
    expires_at    BIGINT       NOT NULL,
    max_uses      BIGINT,
    uses          BIGINT       NOT NULL DEFAULT 0,
    revoked_at    BIGINT
);

CREATE INDEX handoff_counselor ON handoff (counselor_id, created_at);

-- A conversation that opened a hand-off link: one use, and its steps in the funnel. The conversation id is erased
-- on request (the counts stay, without it).
CREATE TABLE handoff_conversation (
    id                   VARCHAR(40)  PRIMARY KEY,
    handoff_id           VARCHAR(40)  NOT NULL REFERENCES handoff (id),
    conversation_id      VARCHAR(200),
    opened_at            BIGINT       NOT NULL,
    reached_letter_at    BIGINT,
    generated_letter_at  BIGINT,
    last_letter          VARCHAR(80)
);

CREATE INDEX handoff_conversation_by_conversation ON handoff_conversation (conversation_id);
CREATE INDEX handoff_conversation_by_handoff ON handoff_conversation (handoff_id);

-- A draft shared with the counselor who sent the borrower, until withdrawn.
CREATE TABLE handoff_share (
    id               VARCHAR(40)  PRIMARY KEY,
    handoff_id       VARCHAR(40)  NOT NULL REFERENCES handoff (id),
    conversation_id  VARCHAR(200) NOT NULL,
    letter_kind      VARCHAR(80),
    shared_at        BIGINT       NOT NULL,
    withdrawn_at     BIGINT
);

CREATE INDEX handoff_share_by_conversation ON handoff_share (conversation_id);

-- "Talk to a person": the counselor sees the request beside any draft that is shared.
CREATE TABLE handoff_person_request (
    id               VARCHAR(40)  PRIMARY KEY,
    handoff_id       VARCHAR(40)  NOT NULL REFERENCES handoff (id),
    conversation_id  VARCHAR(200) NOT NULL,
    requested_at     BIGINT       NOT NULL
);

CREATE INDEX handoff_person_request_by_conversation ON handoff_person_request (conversation_id);
