-- Partnerships (Polish: partnerstwa lokalne): the aggregate root and one child table per nested
-- list. Portable SQL: accepted as written by PostgreSQL and H2 (version 2).
--
-- Conventions:
--  * every child row carries partnership_id (cascading delete) and its position in its list
--    (list_index, from 0), so lists come back in the saved order; a list inside a list item is
--    keyed by the item's position (e.g. matter_index) and its own list_index;
--  * an instant is two columns: <name> TIMESTAMP WITH TIME ZONE (readable, to the second or
--    microsecond) and <name>_nanos, the nano-of-second, which is authoritative for the fraction
--    (PostgreSQL keeps only microseconds); a duration is seconds and nano-of-second;
--  * an actor (a person and the role acted in) is <name>_person and <name>_role;
--  * enumerations are stored by their constant names; free text is VARCHAR without a length,
--    so that the store never refuses a text the model accepts.

CREATE TABLE lsw_partnership (
    id                  UUID         NOT NULL,
    version             BIGINT       NOT NULL,
    name                VARCHAR      NOT NULL,
    kind                VARCHAR(40)  NOT NULL,
    inspiration_origin  VARCHAR(40)  NOT NULL,
    scope               VARCHAR(40)  NOT NULL,
    leader_id           UUID         NOT NULL,
    founded_on          DATE         NOT NULL,
    CONSTRAINT lsw_partnership_pk PRIMARY KEY (id),
    CONSTRAINT lsw_partnership_version_ck CHECK (version > 0)
);

CREATE INDEX lsw_partnership_name_ix ON lsw_partnership (name, id);

CREATE TABLE lsw_partnership_focus (
    partnership_id  UUID         NOT NULL,
    field           VARCHAR(60)  NOT NULL,
    CONSTRAINT lsw_partnership_focus_pk PRIMARY KEY (partnership_id, field),
    CONSTRAINT lsw_partnership_focus_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_territory (
    partnership_id  UUID        NOT NULL,
    list_index      INTEGER     NOT NULL,
    teryt           VARCHAR(7)  NOT NULL,
    CONSTRAINT lsw_partnership_territory_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_territory_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE INDEX lsw_partnership_territory_ix ON lsw_partnership_territory (teryt, partnership_id);

CREATE TABLE lsw_partnership_membership (
    partnership_id    UUID         NOT NULL,
    list_index        INTEGER      NOT NULL,
    organisation_id   UUID         NOT NULL,
    form              VARCHAR(20)  NOT NULL,
    declaration_date  DATE,
    role              VARCHAR(40)  NOT NULL,
    joined_on         DATE         NOT NULL,
    left_on           DATE,
    CONSTRAINT lsw_partnership_membership_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_membership_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE INDEX lsw_partnership_membership_org_ix
    ON lsw_partnership_membership (organisation_id, partnership_id);

CREATE TABLE lsw_partnership_person (
    partnership_id   UUID      NOT NULL,
    list_index       INTEGER   NOT NULL,
    person_id        UUID      NOT NULL,
    name             VARCHAR   NOT NULL,
    position         VARCHAR   NOT NULL,
    organisation_id  UUID      NOT NULL,
    email            VARCHAR,
    phone            VARCHAR,
    CONSTRAINT lsw_partnership_person_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_person_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_matter (
    partnership_id    UUID                      NOT NULL,
    list_index        INTEGER                   NOT NULL,
    matter_id         UUID                      NOT NULL,
    raised_by         UUID                      NOT NULL,
    raised_by_person  UUID                      NOT NULL,
    raised_at         TIMESTAMP WITH TIME ZONE  NOT NULL,
    raised_at_nanos   INTEGER                   NOT NULL,
    subject           VARCHAR                   NOT NULL,
    description       VARCHAR                   NOT NULL,
    CONSTRAINT lsw_partnership_matter_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_matter_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_matter_status (
    partnership_id    UUID                      NOT NULL,
    matter_index      INTEGER                   NOT NULL,
    list_index        INTEGER                   NOT NULL,
    status            VARCHAR(40)               NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    changed_at_nanos  INTEGER                   NOT NULL,
    by_person         UUID                      NOT NULL,
    by_role           VARCHAR(60)               NOT NULL,
    CONSTRAINT lsw_partnership_matter_status_pk
        PRIMARY KEY (partnership_id, matter_index, list_index),
    CONSTRAINT lsw_partnership_matter_status_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_component (
    partnership_id  UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    component_id    UUID     NOT NULL,
    CONSTRAINT lsw_partnership_component_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_component_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

-- The Steering Committee (Komitet Sterujący): at most one row per partnership.
CREATE TABLE lsw_partnership_steering_committee (
    partnership_id  UUID  NOT NULL,
    body_id         UUID  NOT NULL,
    chair_id        UUID  NOT NULL,
    CONSTRAINT lsw_partnership_sc_pk PRIMARY KEY (partnership_id),
    CONSTRAINT lsw_partnership_sc_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_sc_member (
    partnership_id  UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    person_id       UUID     NOT NULL,
    mandate         BOOLEAN  NOT NULL,
    CONSTRAINT lsw_partnership_sc_member_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_sc_member_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

-- The Task Team (Zespół Zadaniowy) with its manager's qualifications: at most one row.
CREATE TABLE lsw_partnership_task_team (
    partnership_id           UUID         NOT NULL,
    body_id                  UUID         NOT NULL,
    manager_id               UUID         NOT NULL,
    manager_education        VARCHAR(40)  NOT NULL,
    manager_years_families   INTEGER      NOT NULL,
    manager_months_projects  INTEGER      NOT NULL,
    specialist_id            UUID,
    CONSTRAINT lsw_partnership_tt_pk PRIMARY KEY (partnership_id),
    CONSTRAINT lsw_partnership_tt_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_tt_member (
    partnership_id  UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    person_id       UUID     NOT NULL,
    CONSTRAINT lsw_partnership_tt_member_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_tt_member_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

-- Executive Consortia (Konsorcja Wykonawcze).
CREATE TABLE lsw_partnership_consortium (
    partnership_id         UUID     NOT NULL,
    list_index             INTEGER  NOT NULL,
    body_id                UUID     NOT NULL,
    problem                VARCHAR  NOT NULL,
    competition_reference  VARCHAR  NOT NULL,
    CONSTRAINT lsw_partnership_consortium_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_consortium_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_consortium_org (
    partnership_id    UUID     NOT NULL,
    consortium_index  INTEGER  NOT NULL,
    list_index        INTEGER  NOT NULL,
    organisation_id   UUID     NOT NULL,
    CONSTRAINT lsw_partnership_consortium_org_pk
        PRIMARY KEY (partnership_id, consortium_index, list_index),
    CONSTRAINT lsw_partnership_consortium_org_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_consortium_person (
    partnership_id    UUID     NOT NULL,
    consortium_index  INTEGER  NOT NULL,
    list_index        INTEGER  NOT NULL,
    person_id         UUID     NOT NULL,
    CONSTRAINT lsw_partnership_consortium_person_pk
        PRIMARY KEY (partnership_id, consortium_index, list_index),
    CONSTRAINT lsw_partnership_consortium_person_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

-- Model Kooperacji teams (PZK, WZK) and their members with their roles.
CREATE TABLE lsw_partnership_coop_team (
    partnership_id  UUID         NOT NULL,
    list_index      INTEGER      NOT NULL,
    body_id         UUID         NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    CONSTRAINT lsw_partnership_coop_team_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_coop_team_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_coop_member (
    partnership_id  UUID         NOT NULL,
    team_index      INTEGER      NOT NULL,
    list_index      INTEGER      NOT NULL,
    person_id       UUID         NOT NULL,
    role            VARCHAR(60)  NOT NULL,
    CONSTRAINT lsw_partnership_coop_member_pk PRIMARY KEY (partnership_id, team_index, list_index),
    CONSTRAINT lsw_partnership_coop_member_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

-- Network workers / cooperation animators.
CREATE TABLE lsw_partnership_network_worker (
    partnership_id  UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    person_id       UUID     NOT NULL,
    CONSTRAINT lsw_partnership_network_worker_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_network_worker_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_meeting (
    partnership_id          UUID                      NOT NULL,
    list_index              INTEGER                   NOT NULL,
    meeting_id              UUID                      NOT NULL,
    body_id                 UUID                      NOT NULL,
    body_kind               VARCHAR(40)               NOT NULL,
    meeting_date            DATE                      NOT NULL,
    duration_seconds        BIGINT                    NOT NULL,
    duration_nanos          INTEGER                   NOT NULL,
    chair_id                UUID                      NOT NULL,
    host_id                 UUID                      NOT NULL,
    open_to_families        BOOLEAN                   NOT NULL,
    family_representatives  INTEGER                   NOT NULL,
    agenda_reference        VARCHAR,
    minutes_reference       VARCHAR,
    recorded_by_person      UUID                      NOT NULL,
    recorded_by_role        VARCHAR(60)               NOT NULL,
    recorded_at             TIMESTAMP WITH TIME ZONE  NOT NULL,
    recorded_at_nanos       INTEGER                   NOT NULL,
    CONSTRAINT lsw_partnership_meeting_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_meeting_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_meeting_attendee (
    partnership_id  UUID     NOT NULL,
    meeting_index   INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    person_id       UUID     NOT NULL,
    CONSTRAINT lsw_partnership_meeting_attendee_pk
        PRIMARY KEY (partnership_id, meeting_index, list_index),
    CONSTRAINT lsw_partnership_meeting_attendee_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

-- Decisions are never edited by the model; a correction is a later row with supersedes_id.
-- The result is not stored: it follows from the kind and the positions.
CREATE TABLE lsw_partnership_decision (
    partnership_id      UUID                      NOT NULL,
    list_index          INTEGER                   NOT NULL,
    decision_id         UUID                      NOT NULL,
    body_id             UUID                      NOT NULL,
    meeting_id          UUID,
    decision_date       DATE                      NOT NULL,
    subject             VARCHAR                   NOT NULL,
    kind                VARCHAR(40)               NOT NULL,
    proposer_id         UUID                      NOT NULL,
    supersedes_id       UUID,
    recorded_by_person  UUID                      NOT NULL,
    recorded_by_role    VARCHAR(60)               NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE  NOT NULL,
    recorded_at_nanos   INTEGER                   NOT NULL,
    CONSTRAINT lsw_partnership_decision_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_partnership_decision_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

CREATE TABLE lsw_partnership_decision_position (
    partnership_id  UUID         NOT NULL,
    decision_index  INTEGER      NOT NULL,
    list_index      INTEGER      NOT NULL,
    person_id       UUID         NOT NULL,
    position        VARCHAR(20)  NOT NULL,
    CONSTRAINT lsw_partnership_decision_position_pk
        PRIMARY KEY (partnership_id, decision_index, list_index),
    CONSTRAINT lsw_partnership_decision_position_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);

-- The organisations a decision binds (a set; list_index keeps the order it was given in).
CREATE TABLE lsw_partnership_decision_binds (
    partnership_id   UUID     NOT NULL,
    decision_index   INTEGER  NOT NULL,
    list_index       INTEGER  NOT NULL,
    organisation_id  UUID     NOT NULL,
    CONSTRAINT lsw_partnership_decision_binds_pk
        PRIMARY KEY (partnership_id, decision_index, list_index),
    CONSTRAINT lsw_partnership_decision_binds_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_partnership (id) ON DELETE CASCADE
);
