-- Small grants outside a competition (Polish: małe granty, UDPP art. 19a) and the budgets bodies
-- planned for NGO grants. Portable SQL: accepted as written by PostgreSQL and H2 (version 2).
--
-- Conventions (as in V2): child rows carry grant_id (cascading delete) and their position in
-- their list (list_index, from 0); enumerations are stored by constant name; money is exact, a
-- whole number of grosze in a BIGINT column named <name>_grosze (never a floating-point type); a
-- granting body is three columns: body_name, body_area (TERYT code of the area it governs) and
-- body_kind; a date range is <name>_start and <name>_end, both included.

CREATE TABLE lsw_small_grant (
    id                        UUID          NOT NULL,
    version                   BIGINT        NOT NULL,
    body_name                 VARCHAR       NOT NULL,
    body_area                 VARCHAR(20)   NOT NULL,
    body_kind                 VARCHAR(40)   NOT NULL,
    applicant_id              UUID          NOT NULL,
    applicant_nip             VARCHAR(10),
    task_title                VARCHAR       NOT NULL,
    local_or_regional         BOOLEAN       NOT NULL,
    task_start                DATE          NOT NULL,
    task_end                  DATE          NOT NULL,
    amount_grosze             BIGINT        NOT NULL,
    mode                      VARCHAR(40)   NOT NULL,
    offer_received            DATE          NOT NULL,
    comment_period_closed_on  DATE,
    contract_date             DATE,
    ended_on                  DATE,
    refusal_reason            VARCHAR,
    status                    VARCHAR(40)   NOT NULL,
    -- derived, kept for the cross-grant listings: the contract date, or the offer receipt date
    -- before the contract, and its year
    grant_date                DATE          NOT NULL,
    grant_year                INTEGER       NOT NULL,
    CONSTRAINT lsw_small_grant_pk PRIMARY KEY (id),
    CONSTRAINT lsw_small_grant_version_ck CHECK (version > 0),
    CONSTRAINT lsw_small_grant_period_ck CHECK (task_end >= task_start)
);

-- The yearly cap per organisation and the budget share per body read one year of grants in the
-- listing order (grant date, then id); each index serves its listing without a sort.
CREATE INDEX lsw_small_grant_organisation_year_ix
    ON lsw_small_grant (applicant_id, grant_year, grant_date, id);
CREATE INDEX lsw_small_grant_body_year_ix
    ON lsw_small_grant (body_area, grant_year, grant_date, id);

CREATE TABLE lsw_small_grant_publication (
    grant_id      UUID         NOT NULL,
    list_index    INTEGER      NOT NULL,
    place         VARCHAR(40)  NOT NULL,
    posted_from   DATE         NOT NULL,
    posted_until  DATE         NOT NULL,
    CONSTRAINT lsw_small_grant_publication_pk PRIMARY KEY (grant_id, list_index),
    CONSTRAINT lsw_small_grant_publication_place_uk UNIQUE (grant_id, place),
    CONSTRAINT lsw_small_grant_publication_fk FOREIGN KEY (grant_id)
        REFERENCES lsw_small_grant (id) ON DELETE CASCADE
);

-- A comment and, once considered, the consideration (both columns or neither).
CREATE TABLE lsw_small_grant_comment (
    grant_id               UUID         NOT NULL,
    list_index             INTEGER      NOT NULL,
    received               DATE         NOT NULL,
    author_kind            VARCHAR(40)  NOT NULL,
    text_reference         VARCHAR      NOT NULL,
    considered_on          DATE,
    consideration_outcome  VARCHAR(40),
    CONSTRAINT lsw_small_grant_comment_pk PRIMARY KEY (grant_id, list_index),
    CONSTRAINT lsw_small_grant_comment_consideration_ck
        CHECK ((considered_on IS NULL) = (consideration_outcome IS NULL)),
    CONSTRAINT lsw_small_grant_comment_fk FOREIGN KEY (grant_id)
        REFERENCES lsw_small_grant (id) ON DELETE CASCADE
);

-- One planned NGO-grant budget per body (by area) and budget year.
CREATE TABLE lsw_planned_grant_budget (
    body_area      VARCHAR(20)  NOT NULL,
    budget_year    INTEGER      NOT NULL,
    body_name      VARCHAR      NOT NULL,
    body_kind      VARCHAR(40)  NOT NULL,
    amount_grosze  BIGINT       NOT NULL,
    CONSTRAINT lsw_planned_grant_budget_pk PRIMARY KEY (body_area, budget_year),
    CONSTRAINT lsw_planned_grant_budget_amount_ck CHECK (amount_grosze >= 0)
);
