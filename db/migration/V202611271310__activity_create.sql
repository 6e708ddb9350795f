-- The activity log: who did what to which record, when. One row per event occurrence.
CREATE TABLE activity_log
(
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id    UUID                     NOT NULL UNIQUE,
    actor       TEXT                     NOT NULL,
    action      TEXT                     NOT NULL,
    entity_type TEXT                     NOT NULL,
    entity_id   BIGINT                   NOT NULL,
    summary     TEXT                     NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX activity_log_entity_idx ON activity_log (entity_type, entity_id, occurred_at DESC);
CREATE INDEX activity_log_time_idx ON activity_log (occurred_at DESC, id DESC);
