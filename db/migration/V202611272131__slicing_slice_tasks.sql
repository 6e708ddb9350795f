-- The slice queue: db-scheduler's table layout, read only by the slicing scheduler (SLICER_CONCURRENCY
-- threads). A table of its own rather than rows in scheduled_tasks, because each db-scheduler instance
-- treats the other's task names as "unresolved" and deletes their executions after deleteUnresolvedAfter.
CREATE TABLE slice_tasks
(
    task_name            TEXT                     NOT NULL,
    task_instance        TEXT                     NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN                  NOT NULL,
    picked_by            TEXT,
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INT,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT                   NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX slice_tasks_execution_time_idx ON slice_tasks (execution_time);
CREATE INDEX slice_tasks_last_heartbeat_idx ON slice_tasks (last_heartbeat);
CREATE INDEX slice_tasks_priority_execution_time_idx ON slice_tasks (priority DESC, execution_time ASC);
