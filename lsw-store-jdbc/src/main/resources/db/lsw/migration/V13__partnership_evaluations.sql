-- The evaluation of a partnership (Polish: ewaluacja partnerstwa): the records its bodies keep
-- about how the partners cooperate. One root row per partnership, with the version; one row per
-- record in lsw_evaluation_record (its kind, its place in the list of its kind, who recorded it
-- and when), and the content of each kind of record in a child table of its own, keyed by the
-- record's id, with one more table per list inside a record (keyed by the record's id and the
-- position in that list). A new kind of record is a new value of kind and new content tables;
-- the tables already here do not change. Like every child table, each refers to the root row
-- only, so that a save may write the tables in any order. Portable SQL: accepted as written by PostgreSQL and H2
-- (version 2).
--
-- Conventions as in V9: child rows carry partnership_id (cascading delete); an instant is
-- <name> TIMESTAMP WITH TIME ZONE and <name>_nanos (authoritative for the fraction);
-- enumerations are stored by constant name; texts are as long as the model accepts, or VARCHAR
-- without a length where the model sets no limit. Partners are organisation ids; nothing here
-- holds data of families.

CREATE TABLE lsw_evaluation (
    partnership_id  UUID    NOT NULL,
    version         BIGINT  NOT NULL,
    CONSTRAINT lsw_evaluation_pk PRIMARY KEY (partnership_id),
    CONSTRAINT lsw_evaluation_version_ck CHECK (version > 0)
);

-- Every record, of every kind: its kind, its position among the records of that kind, who
-- recorded it (an actor's reference) and when.
CREATE TABLE lsw_evaluation_record (
    partnership_id     UUID                      NOT NULL,
    record_id          UUID                      NOT NULL,
    kind               VARCHAR(40)               NOT NULL,
    list_index         INTEGER                   NOT NULL,
    recorded_by        VARCHAR                   NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    recorded_at_nanos  INTEGER                   NOT NULL,
    CONSTRAINT lsw_evaluation_record_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_record_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_record_index_ck CHECK (list_index >= 0),
    CONSTRAINT lsw_evaluation_record_nanos_ck CHECK (recorded_at_nanos BETWEEN 0 AND 999999999)
);

-- RELATIONSHIP_ASSESSMENT: one assessor's Najam assessment of a relationship on a day, with the
-- thresholds it was classified with and the resulting type.
CREATE TABLE lsw_evaluation_relationship_assessment (
    partnership_id       UUID           NOT NULL,
    record_id            UUID           NOT NULL,
    first_organisation   UUID           NOT NULL,
    second_organisation  UUID           NOT NULL,
    assessor             VARCHAR(200)   NOT NULL,
    assessed_on          DATE           NOT NULL,
    goals                INTEGER        NOT NULL,
    means                INTEGER        NOT NULL,
    goals_similar_from   INTEGER        NOT NULL,
    means_similar_from   INTEGER        NOT NULL,
    najam_type           VARCHAR(40)    NOT NULL,
    note                 VARCHAR(2000)  NOT NULL,
    CONSTRAINT lsw_evaluation_relationship_assessment_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_relationship_assessment_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

-- LADDER_ASSESSMENT: the stage of cooperation on a ladder (by its code), with its evidence.
CREATE TABLE lsw_evaluation_ladder_assessment (
    partnership_id  UUID         NOT NULL,
    record_id       UUID         NOT NULL,
    ladder_code     VARCHAR(64)  NOT NULL,
    assessed_on     DATE         NOT NULL,
    CONSTRAINT lsw_evaluation_ladder_assessment_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_ladder_assessment_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_ladder_evidence (
    partnership_id  UUID           NOT NULL,
    record_id       UUID           NOT NULL,
    list_index      INTEGER        NOT NULL,
    indicator       VARCHAR(64)    NOT NULL,
    source          VARCHAR(40)    NOT NULL,
    note            VARCHAR(2000)  NOT NULL,
    CONSTRAINT lsw_evaluation_ladder_evidence_pk PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_ladder_evidence_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

-- INTERACTION: an interaction of two partners observed on a day.
CREATE TABLE lsw_evaluation_interaction (
    partnership_id       UUID           NOT NULL,
    record_id            UUID           NOT NULL,
    first_organisation   UUID           NOT NULL,
    second_organisation  UUID           NOT NULL,
    interaction_kind     VARCHAR(40)    NOT NULL,
    observed_on          DATE           NOT NULL,
    note                 VARCHAR(2000)  NOT NULL,
    CONSTRAINT lsw_evaluation_interaction_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_interaction_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

-- NETWORK_SURVEY: a survey of the network on a day, its members in order and the directed
-- ratings (the six scores all given or none).
CREATE TABLE lsw_evaluation_network_survey (
    partnership_id  UUID  NOT NULL,
    record_id       UUID  NOT NULL,
    surveyed_on     DATE  NOT NULL,
    CONSTRAINT lsw_evaluation_network_survey_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_network_survey_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_network_member (
    partnership_id   UUID     NOT NULL,
    record_id        UUID     NOT NULL,
    list_index       INTEGER  NOT NULL,
    organisation_id  UUID     NOT NULL,
    CONSTRAINT lsw_evaluation_network_member_pk PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_network_member_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_network_rating (
    partnership_id         UUID     NOT NULL,
    record_id              UUID     NOT NULL,
    list_index             INTEGER  NOT NULL,
    rater                  UUID     NOT NULL,
    rated                  UUID     NOT NULL,
    relationship_exists    BOOLEAN  NOT NULL,
    reliability            INTEGER,
    mission_support        INTEGER,
    openness               INTEGER,
    power_influence        INTEGER,
    involvement            INTEGER,
    resource_contribution  INTEGER,
    CONSTRAINT lsw_evaluation_network_rating_pk PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_network_rating_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_network_rating_scores_ck CHECK (
        (reliability IS NULL AND mission_support IS NULL AND openness IS NULL
            AND power_influence IS NULL AND involvement IS NULL AND resource_contribution IS NULL)
        OR (reliability IS NOT NULL AND mission_support IS NOT NULL AND openness IS NOT NULL
            AND power_influence IS NOT NULL AND involvement IS NOT NULL
            AND resource_contribution IS NOT NULL AND relationship_exists))
);

-- SURVEY_WAVE: a wave of the cooperation-quality survey and its answers, question by question
-- in the order asked, with the number of answers 1 to 6.
CREATE TABLE lsw_evaluation_survey_wave (
    partnership_id  UUID     NOT NULL,
    record_id       UUID     NOT NULL,
    name            VARCHAR  NOT NULL,
    held_on         DATE     NOT NULL,
    CONSTRAINT lsw_evaluation_survey_wave_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_survey_wave_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_wave_answer (
    partnership_id    UUID         NOT NULL,
    record_id         UUID         NOT NULL,
    list_index        INTEGER      NOT NULL,
    question_code     VARCHAR(64)  NOT NULL,
    question_polish   VARCHAR      NOT NULL,
    question_english  VARCHAR      NOT NULL,
    answers_1         INTEGER      NOT NULL,
    answers_2         INTEGER      NOT NULL,
    answers_3         INTEGER      NOT NULL,
    answers_4         INTEGER      NOT NULL,
    answers_5         INTEGER      NOT NULL,
    answers_6         INTEGER      NOT NULL,
    CONSTRAINT lsw_evaluation_wave_answer_pk PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_wave_answer_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

-- RESOURCE: a resource a partner brought, the partners that used it and what was agreed.
CREATE TABLE lsw_evaluation_resource (
    partnership_id       UUID     NOT NULL,
    record_id            UUID     NOT NULL,
    name                 VARCHAR  NOT NULL,
    brought_on           DATE     NOT NULL,
    brought_by           UUID     NOT NULL,
    ownership_agreed     BOOLEAN  NOT NULL,
    terms_of_use_agreed  BOOLEAN  NOT NULL,
    CONSTRAINT lsw_evaluation_resource_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_resource_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_resource_user (
    partnership_id   UUID  NOT NULL,
    record_id        UUID  NOT NULL,
    organisation_id  UUID  NOT NULL,
    CONSTRAINT lsw_evaluation_resource_user_pk PRIMARY KEY (partnership_id, record_id, organisation_id),
    CONSTRAINT lsw_evaluation_resource_user_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

-- REVIEW: a monitoring (during the work) or an evaluation (after it) at one level of cooperation.
CREATE TABLE lsw_evaluation_review (
    partnership_id     UUID         NOT NULL,
    record_id          UUID         NOT NULL,
    review_kind        VARCHAR(40)  NOT NULL,
    cooperation_level  VARCHAR(40)  NOT NULL,
    work_from          DATE         NOT NULL,
    work_to            DATE         NOT NULL,
    held_on            DATE         NOT NULL,
    CONSTRAINT lsw_evaluation_review_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_review_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_review_work_ck CHECK (work_from <= work_to)
);
