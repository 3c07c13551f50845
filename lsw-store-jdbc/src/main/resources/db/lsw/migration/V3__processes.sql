-- Process instances (Polish: przebiegi procesów): the root, its iterations, step completions and
-- standing-task activities. Portable SQL: accepted as written by PostgreSQL and H2 (version 2).
-- Conventions as in V2: list_index keeps the saved order; an instant is a TIMESTAMP WITH TIME
-- ZONE column and its _nanos column (authoritative nano-of-second); an actor is _person and
-- _role; an evidence reference is its text and its optional URI.

CREATE TABLE lsw_process_instance (
    id                  UUID     NOT NULL,
    version             BIGINT   NOT NULL,
    partnership_id      UUID     NOT NULL,
    definition_code     VARCHAR  NOT NULL,
    definition_version  INTEGER  NOT NULL,
    -- the day the first iteration started, copied for the listing order of a partnership
    started_on          DATE     NOT NULL,
    CONSTRAINT lsw_process_instance_pk PRIMARY KEY (id),
    CONSTRAINT lsw_process_instance_version_ck CHECK (version > 0)
);

CREATE INDEX lsw_process_instance_partnership_ix
    ON lsw_process_instance (partnership_id, started_on, id);

CREATE TABLE lsw_process_iteration (
    instance_id        UUID                      NOT NULL,
    iteration_number   INTEGER                   NOT NULL,
    started_on         DATE                      NOT NULL,
    started_by_person  UUID                      NOT NULL,
    started_by_role    VARCHAR(60)               NOT NULL,
    loop_code          VARCHAR,
    conclusions_text   VARCHAR,
    conclusions_uri    VARCHAR,
    recorded_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    recorded_at_nanos  INTEGER                   NOT NULL,
    CONSTRAINT lsw_process_iteration_pk PRIMARY KEY (instance_id, iteration_number),
    CONSTRAINT lsw_process_iteration_fk FOREIGN KEY (instance_id)
        REFERENCES lsw_process_instance (id) ON DELETE CASCADE
);

-- The steps an iteration took over as done from the one before, in order.
CREATE TABLE lsw_process_carried_step (
    instance_id       UUID     NOT NULL,
    iteration_number  INTEGER  NOT NULL,
    list_index        INTEGER  NOT NULL,
    step_code         VARCHAR  NOT NULL,
    CONSTRAINT lsw_process_carried_step_pk PRIMARY KEY (instance_id, iteration_number, list_index),
    CONSTRAINT lsw_process_carried_step_fk FOREIGN KEY (instance_id)
        REFERENCES lsw_process_instance (id) ON DELETE CASCADE
);

CREATE TABLE lsw_process_completion (
    instance_id        UUID                      NOT NULL,
    list_index         INTEGER                   NOT NULL,
    step_code          VARCHAR                   NOT NULL,
    iteration          INTEGER                   NOT NULL,
    completed_on       DATE                      NOT NULL,
    actor_person       UUID                      NOT NULL,
    actor_role         VARCHAR(60)               NOT NULL,
    evidence_text      VARCHAR                   NOT NULL,
    evidence_uri       VARCHAR,
    decision           VARCHAR(20),
    recorded_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    recorded_at_nanos  INTEGER                   NOT NULL,
    CONSTRAINT lsw_process_completion_pk PRIMARY KEY (instance_id, list_index),
    CONSTRAINT lsw_process_completion_fk FOREIGN KEY (instance_id)
        REFERENCES lsw_process_instance (id) ON DELETE CASCADE
);

CREATE TABLE lsw_process_activity (
    instance_id        UUID                      NOT NULL,
    list_index         INTEGER                   NOT NULL,
    task_code          VARCHAR                   NOT NULL,
    iteration          INTEGER                   NOT NULL,
    performed_on       DATE                      NOT NULL,
    actor_person       UUID                      NOT NULL,
    actor_role         VARCHAR(60)               NOT NULL,
    evidence_text      VARCHAR                   NOT NULL,
    evidence_uri       VARCHAR,
    recorded_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    recorded_at_nanos  INTEGER                   NOT NULL,
    CONSTRAINT lsw_process_activity_pk PRIMARY KEY (instance_id, list_index),
    CONSTRAINT lsw_process_activity_fk FOREIGN KEY (instance_id)
        REFERENCES lsw_process_instance (id) ON DELETE CASCADE
);
