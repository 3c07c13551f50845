-- The evaluation instruments of a partnership (Polish: narzędzia ewaluacji partnerstwa), five more
-- kinds of record of lsw_evaluation_record (V13): PRINCIPLES_SELF_ASSESSMENT, LEARNING_PROFILE,
-- BENEFIT, SWOT and SOLIDARITY_CAPITAL. As in V13, the content of each kind is a table of its own
-- keyed by the record's id, with one more table per list inside a record (keyed by the record's
-- id and the position in that list) and per list inside an item of such a list (keyed by the
-- record's id, the item's position and the position in the inner list). Every table refers to
-- the root row lsw_evaluation only (cascading delete), so that a save may write the tables in any
-- order; the tables of V13 do not change. Portable SQL: accepted as written by PostgreSQL and H2
-- (version 2).
--
-- Enumerations are stored by constant name; texts are exactly as long as the model accepts
-- (EvidenceNote.MAX_NOTE, LearningProfile.DimensionPosition.MAX_NOTE, BenefitRecord.MAX_DESCRIPTION
-- and MAX_INDICATOR, SwotItem.MAX_TEXT); a text the model may leave out is nullable. Nothing here
-- holds data of families: a benefit says what changed for a group, never for whom.

-- PRINCIPLES_SELF_ASSESSMENT: a self-assessment against the principles of partnership on a day,
-- its ratings in the order given and the evidence of each rating in order.
CREATE TABLE lsw_evaluation_principles_assessment (
    partnership_id  UUID  NOT NULL,
    record_id       UUID  NOT NULL,
    assessed_on     DATE  NOT NULL,
    CONSTRAINT lsw_evaluation_principles_assessment_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_principles_assessment_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_principle_rating (
    partnership_id  UUID         NOT NULL,
    record_id       UUID         NOT NULL,
    list_index      INTEGER      NOT NULL,
    principle       VARCHAR(40)  NOT NULL,
    grade           VARCHAR(40)  NOT NULL,
    CONSTRAINT lsw_evaluation_principle_rating_pk PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_principle_rating_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_principle_rating_index_ck CHECK (list_index >= 0)
);

CREATE TABLE lsw_evaluation_principle_evidence (
    partnership_id  UUID           NOT NULL,
    record_id       UUID           NOT NULL,
    rating_index    INTEGER        NOT NULL,
    list_index      INTEGER        NOT NULL,
    source          VARCHAR(40)    NOT NULL,
    note            VARCHAR(2000)  NOT NULL,
    CONSTRAINT lsw_evaluation_principle_evidence_pk
        PRIMARY KEY (partnership_id, record_id, rating_index, list_index),
    CONSTRAINT lsw_evaluation_principle_evidence_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_principle_evidence_index_ck
        CHECK (rating_index >= 0 AND list_index >= 0)
);

-- LEARNING_PROFILE: how far the partnership is a learning one on a day: the traits observed
-- (present or not, each with its evidence in order) and the positions on the dimensions (each
-- with a note or none).
CREATE TABLE lsw_evaluation_learning_profile (
    partnership_id  UUID  NOT NULL,
    record_id       UUID  NOT NULL,
    assessed_on     DATE  NOT NULL,
    CONSTRAINT lsw_evaluation_learning_profile_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_learning_profile_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_learning_trait (
    partnership_id  UUID         NOT NULL,
    record_id       UUID         NOT NULL,
    list_index      INTEGER      NOT NULL,
    trait           VARCHAR(40)  NOT NULL,
    trait_present   BOOLEAN      NOT NULL,
    CONSTRAINT lsw_evaluation_learning_trait_pk PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_learning_trait_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_learning_trait_index_ck CHECK (list_index >= 0)
);

CREATE TABLE lsw_evaluation_trait_evidence (
    partnership_id  UUID           NOT NULL,
    record_id       UUID           NOT NULL,
    trait_index     INTEGER        NOT NULL,
    list_index      INTEGER        NOT NULL,
    source          VARCHAR(40)    NOT NULL,
    note            VARCHAR(2000)  NOT NULL,
    CONSTRAINT lsw_evaluation_trait_evidence_pk
        PRIMARY KEY (partnership_id, record_id, trait_index, list_index),
    CONSTRAINT lsw_evaluation_trait_evidence_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_trait_evidence_index_ck
        CHECK (trait_index >= 0 AND list_index >= 0)
);

CREATE TABLE lsw_evaluation_learning_position (
    partnership_id      UUID           NOT NULL,
    record_id           UUID           NOT NULL,
    list_index          INTEGER        NOT NULL,
    learning_dimension  VARCHAR(40)    NOT NULL,
    learning_position   VARCHAR(40)    NOT NULL,
    note                VARCHAR(1000),
    CONSTRAINT lsw_evaluation_learning_position_pk
        PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_learning_position_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_learning_position_index_ck CHECK (list_index >= 0)
);

-- BENEFIT: a benefit of cooperation for a group of stakeholders, recorded on a day, with an
-- indicator or none.
CREATE TABLE lsw_evaluation_benefit (
    partnership_id     UUID           NOT NULL,
    record_id          UUID           NOT NULL,
    stakeholder_group  VARCHAR(40)    NOT NULL,
    recorded_on        DATE           NOT NULL,
    description        VARCHAR(2000)  NOT NULL,
    indicator          VARCHAR(500),
    CONSTRAINT lsw_evaluation_benefit_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_benefit_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

-- SWOT: a SWOT analysis of cooperation on a day from one perspective, its items in order.
CREATE TABLE lsw_evaluation_swot (
    partnership_id  UUID         NOT NULL,
    record_id       UUID         NOT NULL,
    held_on         DATE         NOT NULL,
    perspective     VARCHAR(40)  NOT NULL,
    CONSTRAINT lsw_evaluation_swot_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_swot_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_swot_item (
    partnership_id  UUID          NOT NULL,
    record_id       UUID          NOT NULL,
    list_index      INTEGER       NOT NULL,
    quadrant        VARCHAR(40)   NOT NULL,
    item_text       VARCHAR(500)  NOT NULL,
    CONSTRAINT lsw_evaluation_swot_item_pk PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_swot_item_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_swot_item_index_ck CHECK (list_index >= 0)
);

-- SOLIDARITY_CAPITAL: an assessment of solidarity capital on a day, a grade per dimension in
-- the order given and the evidence of each grade in order.
CREATE TABLE lsw_evaluation_solidarity_capital (
    partnership_id  UUID  NOT NULL,
    record_id       UUID  NOT NULL,
    assessed_on     DATE  NOT NULL,
    CONSTRAINT lsw_evaluation_solidarity_capital_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_solidarity_capital_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_evaluation_solidarity_grade (
    partnership_id        UUID         NOT NULL,
    record_id             UUID         NOT NULL,
    list_index            INTEGER      NOT NULL,
    solidarity_dimension  VARCHAR(40)  NOT NULL,
    grade                 VARCHAR(40)  NOT NULL,
    CONSTRAINT lsw_evaluation_solidarity_grade_pk
        PRIMARY KEY (partnership_id, record_id, list_index),
    CONSTRAINT lsw_evaluation_solidarity_grade_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_solidarity_grade_index_ck CHECK (list_index >= 0)
);

CREATE TABLE lsw_evaluation_solidarity_evidence (
    partnership_id  UUID           NOT NULL,
    record_id       UUID           NOT NULL,
    grade_index     INTEGER        NOT NULL,
    list_index      INTEGER        NOT NULL,
    source          VARCHAR(40)    NOT NULL,
    note            VARCHAR(2000)  NOT NULL,
    CONSTRAINT lsw_evaluation_solidarity_evidence_pk
        PRIMARY KEY (partnership_id, record_id, grade_index, list_index),
    CONSTRAINT lsw_evaluation_solidarity_evidence_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_solidarity_evidence_index_ck
        CHECK (grade_index >= 0 AND list_index >= 0)
);
