-- Leases for work one node at a time does (ShedLock's JDBC provider, its documented table): the retention job and
-- Telegram long polling. Used when several nodes share a PostgreSQL database; created everywhere to keep one schema.
CREATE TABLE shedlock (
    name        VARCHAR(64)   NOT NULL,
    lock_until  TIMESTAMP     NOT NULL,
    locked_at   TIMESTAMP     NOT NULL,
    locked_by   VARCHAR(255)  NOT NULL,
    PRIMARY KEY (name)
);
