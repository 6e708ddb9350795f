-- Completed event publications are deleted from now on (spring.modulith.events.completion-mode=delete):
-- nothing reads them, and kept they grew the table by a few rows per payment for ever. Those completed
-- before the switch go now.
DELETE FROM event_publication WHERE completion_date IS NOT NULL;
