-- Own-initiative proposals (Polish: oferty z własnej inicjatywy, UDPP art. 12) with their
-- organisations, and the yearly programmes of cooperation with NGOs (Polish: roczne programy
-- współpracy, UDPP art. 5a) with the items they state. Portable SQL: accepted as written by
-- PostgreSQL and H2 (version 2).
--
-- Conventions as in V4 to V6: child rows carry their owner's key (cascading delete) and, for a
-- list, list_index; money in BIGINT grosze; enumerations by constant name.

CREATE TABLE lsw_own_initiative_proposal (
    id            UUID          NOT NULL,
    version       BIGINT        NOT NULL,
    body_name     VARCHAR       NOT NULL,
    body_area     VARCHAR(20)   NOT NULL,
    body_kind     VARCHAR(40)   NOT NULL,
    task          VARCHAR       NOT NULL,
    received_on   DATE          NOT NULL,
    -- the assessment: present exactly when assessed_on is not null
    assessed_on   DATE,
    decision      VARCHAR(40),
    -- derived, kept for the listing of a body's year: the year of receipt
    received_year INTEGER       NOT NULL,
    CONSTRAINT lsw_own_initiative_proposal_pk PRIMARY KEY (id),
    CONSTRAINT lsw_own_initiative_proposal_version_ck CHECK (version > 0),
    CONSTRAINT lsw_own_initiative_proposal_decision_ck
        CHECK ((assessed_on IS NULL) = (decision IS NULL))
);

CREATE INDEX lsw_own_initiative_proposal_body_year_ix
    ON lsw_own_initiative_proposal (body_area, received_year, received_on, id);

CREATE TABLE lsw_own_initiative_proposal_org (
    proposal_id      UUID     NOT NULL,
    list_index       INTEGER  NOT NULL,
    organisation_id  UUID     NOT NULL,
    CONSTRAINT lsw_own_initiative_proposal_org_pk PRIMARY KEY (proposal_id, list_index),
    CONSTRAINT lsw_own_initiative_proposal_org_fk FOREIGN KEY (proposal_id)
        REFERENCES lsw_own_initiative_proposal (id) ON DELETE CASCADE
);

CREATE INDEX lsw_own_initiative_proposal_org_ix ON lsw_own_initiative_proposal_org (organisation_id);

-- One programme per body (by area) and year; a save replaces it.
CREATE TABLE lsw_cooperation_programme (
    body_area                  VARCHAR(20)  NOT NULL,
    programme_year             INTEGER      NOT NULL,
    body_name                  VARCHAR      NOT NULL,
    body_kind                  VARCHAR(40)  NOT NULL,
    adopted_on                 DATE,
    covers_cooperative         BOOLEAN      NOT NULL,
    planned_grant_grosze       BIGINT       NOT NULL,
    report_published_on        DATE,
    CONSTRAINT lsw_cooperation_programme_pk PRIMARY KEY (body_area, programme_year),
    CONSTRAINT lsw_cooperation_programme_funds_ck CHECK (planned_grant_grosze >= 0)
);

-- The items a programme states (a set: no order, no repeats).
CREATE TABLE lsw_cooperation_programme_content (
    body_area       VARCHAR(20)  NOT NULL,
    programme_year  INTEGER      NOT NULL,
    content         VARCHAR(60)  NOT NULL,
    CONSTRAINT lsw_cooperation_programme_content_pk PRIMARY KEY (body_area, programme_year, content),
    CONSTRAINT lsw_cooperation_programme_content_fk FOREIGN KEY (body_area, programme_year)
        REFERENCES lsw_cooperation_programme (body_area, programme_year) ON DELETE CASCADE
);
