-- A counselor account that may no longer sign in (someone left, a password got out): when it was disabled, else
-- null. The row stays, so its links, funnels and shares keep their owner. Portable: BIGINT epoch milliseconds.
ALTER TABLE counselor ADD COLUMN disabled_at BIGINT;
