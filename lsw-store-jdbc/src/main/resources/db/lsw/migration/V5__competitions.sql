-- Open competitions of offers (Polish: otwarte konkursy ofert) with their announcement,
-- committee, offers (cost items, applicants, expected results), assessments, results, annulment
-- and cooperative problem. Portable SQL: accepted as written by PostgreSQL and H2 (version 2).
--
-- Conventions as in V4: child rows carry competition_id (cascading delete) and list_index; a
-- list inside an offer or a committee member is keyed by its position (offer_index,
-- member_index); money in BIGINT grosze; a percentage is an exact NUMERIC(20, 10); a cost item's
-- quantity is an exact NUMERIC(30, 10) with its scale in quantity_scale, so 0.50 comes back as
-- 0.50 and not as 0.5.

CREATE TABLE lsw_competition (
    id                       UUID            NOT NULL,
    version                  BIGINT          NOT NULL,
    state                    VARCHAR(40)     NOT NULL,
    title                    VARCHAR         NOT NULL,
    budget_year              INTEGER         NOT NULL,
    body_name                VARCHAR         NOT NULL,
    body_area                VARCHAR(20)     NOT NULL,
    body_kind                VARCHAR(40)     NOT NULL,
    announcing_act           VARCHAR(40)     NOT NULL,
    announced_by             VARCHAR         NOT NULL,
    mode                     VARCHAR(40)     NOT NULL,
    max_municipal_share      NUMERIC(20, 10),
    allocated_funds_grosze   BIGINT          NOT NULL,
    offer_deadline           DATE            NOT NULL,
    operator_id              UUID,
    closed_on                DATE,
    -- the results: present exactly when results_decided_on is not null
    results_decided_on       DATE,
    annulled_on              DATE,
    annulment_reason         VARCHAR(40),
    -- the cooperative problem: present exactly when coop_defined_by is not null
    coop_statement           VARCHAR,
    coop_defined_by          VARCHAR(40),
    coop_partnership_id      UUID,
    CONSTRAINT lsw_competition_pk PRIMARY KEY (id),
    CONSTRAINT lsw_competition_version_ck CHECK (version > 0),
    CONSTRAINT lsw_competition_annulment_ck CHECK ((annulled_on IS NULL) = (annulment_reason IS NULL))
);

CREATE INDEX lsw_competition_body_year_ix ON lsw_competition (body_area, budget_year, title, id);

CREATE TABLE lsw_competition_announcement_item (
    competition_id  UUID         NOT NULL,
    item            VARCHAR(40)  NOT NULL,
    CONSTRAINT lsw_competition_announcement_item_pk PRIMARY KEY (competition_id, item),
    CONSTRAINT lsw_competition_announcement_item_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE TABLE lsw_competition_publication (
    competition_id  UUID         NOT NULL,
    place           VARCHAR(40)  NOT NULL,
    published_on    DATE         NOT NULL,
    CONSTRAINT lsw_competition_publication_pk PRIMARY KEY (competition_id, place),
    CONSTRAINT lsw_competition_publication_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

-- Who performed each non-delegable act (the body or the operator).
CREATE TABLE lsw_competition_act (
    competition_id  UUID         NOT NULL,
    act             VARCHAR(40)  NOT NULL,
    acting_party    VARCHAR(40)  NOT NULL,
    CONSTRAINT lsw_competition_act_pk PRIMARY KEY (competition_id, act),
    CONSTRAINT lsw_competition_act_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE TABLE lsw_competition_member (
    competition_id           UUID         NOT NULL,
    list_index               INTEGER      NOT NULL,
    name                     VARCHAR      NOT NULL,
    nominated_by             VARCHAR(40)  NOT NULL,
    nominating_organisation  UUID,
    CONSTRAINT lsw_competition_member_pk PRIMARY KEY (competition_id, list_index),
    CONSTRAINT lsw_competition_member_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

-- The organisations a committee member declared a conflict of interest with.
CREATE TABLE lsw_competition_member_conflict (
    competition_id   UUID     NOT NULL,
    member_index     INTEGER  NOT NULL,
    list_index       INTEGER  NOT NULL,
    organisation_id  UUID     NOT NULL,
    CONSTRAINT lsw_competition_member_conflict_pk
        PRIMARY KEY (competition_id, member_index, list_index),
    CONSTRAINT lsw_competition_member_conflict_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE TABLE lsw_competition_offer (
    competition_id           UUID         NOT NULL,
    list_index               INTEGER      NOT NULL,
    offer_id                 UUID         NOT NULL,
    kind                     VARCHAR(40)  NOT NULL,
    task                     VARCHAR      NOT NULL,
    task_start               DATE         NOT NULL,
    task_end                 DATE         NOT NULL,
    requested_grant_grosze   BIGINT       NOT NULL,
    received_on              DATE         NOT NULL,
    CONSTRAINT lsw_competition_offer_pk PRIMARY KEY (competition_id, list_index),
    CONSTRAINT lsw_competition_offer_uk UNIQUE (competition_id, offer_id),
    CONSTRAINT lsw_competition_offer_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE TABLE lsw_competition_offer_applicant (
    competition_id   UUID     NOT NULL,
    offer_index      INTEGER  NOT NULL,
    list_index       INTEGER  NOT NULL,
    organisation_id  UUID     NOT NULL,
    CONSTRAINT lsw_competition_offer_applicant_pk PRIMARY KEY (competition_id, offer_index, list_index),
    CONSTRAINT lsw_competition_offer_applicant_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE INDEX lsw_competition_offer_applicant_ix ON lsw_competition_offer_applicant (organisation_id);

CREATE TABLE lsw_competition_offer_cost_item (
    competition_id     UUID             NOT NULL,
    offer_index        INTEGER          NOT NULL,
    list_index         INTEGER          NOT NULL,
    category           VARCHAR          NOT NULL,
    unit               VARCHAR          NOT NULL,
    quantity           NUMERIC(30, 10)  NOT NULL,
    quantity_scale     INTEGER          NOT NULL,
    unit_cost_grosze   BIGINT           NOT NULL,
    source             VARCHAR(40)      NOT NULL,
    CONSTRAINT lsw_competition_offer_cost_item_pk PRIMARY KEY (competition_id, offer_index, list_index),
    CONSTRAINT lsw_competition_offer_cost_item_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE TABLE lsw_competition_offer_result (
    competition_id  UUID     NOT NULL,
    offer_index     INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    result          VARCHAR  NOT NULL,
    CONSTRAINT lsw_competition_offer_result_pk PRIMARY KEY (competition_id, offer_index, list_index),
    CONSTRAINT lsw_competition_offer_result_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE TABLE lsw_competition_assessment (
    competition_id      UUID     NOT NULL,
    list_index          INTEGER  NOT NULL,
    offer_id            UUID     NOT NULL,
    meets_requirements  BOOLEAN  NOT NULL,
    CONSTRAINT lsw_competition_assessment_pk PRIMARY KEY (competition_id, list_index),
    CONSTRAINT lsw_competition_assessment_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

-- The points per criterion; a criterion not scored has no row.
CREATE TABLE lsw_competition_assessment_score (
    competition_id    UUID         NOT NULL,
    assessment_index  INTEGER      NOT NULL,
    criterion         VARCHAR(40)  NOT NULL,
    points            INTEGER      NOT NULL,
    CONSTRAINT lsw_competition_assessment_score_pk PRIMARY KEY (competition_id, assessment_index, criterion),
    CONSTRAINT lsw_competition_assessment_score_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

CREATE TABLE lsw_competition_award (
    competition_id  UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    offer_id        UUID     NOT NULL,
    grant_grosze    BIGINT   NOT NULL,
    CONSTRAINT lsw_competition_award_pk PRIMARY KEY (competition_id, list_index),
    CONSTRAINT lsw_competition_award_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);

-- The results required of a cooperative problem's solution.
CREATE TABLE lsw_competition_required_result (
    competition_id  UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    result          VARCHAR  NOT NULL,
    CONSTRAINT lsw_competition_required_result_pk PRIMARY KEY (competition_id, list_index),
    CONSTRAINT lsw_competition_required_result_fk FOREIGN KEY (competition_id)
        REFERENCES lsw_competition (id) ON DELETE CASCADE
);
