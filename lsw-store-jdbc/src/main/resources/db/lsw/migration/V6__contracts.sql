-- Grant contracts (Polish: umowy o realizację zadania publicznego) with their parties, budget,
-- expected results, amendments, cost shifts, report demands, final report, misuse findings and
-- returns. Portable SQL: accepted as written by PostgreSQL and H2 (version 2).
--
-- Conventions as in V4 and V5: child rows carry contract_id (cascading delete) and list_index;
-- money in BIGINT grosze; a percentage in NUMERIC(20, 10); a quantity in NUMERIC(30, 10) with
-- its scale.

CREATE TABLE lsw_contract (
    id                          UUID            NOT NULL,
    version                     BIGINT          NOT NULL,
    body_name                   VARCHAR         NOT NULL,
    body_area                   VARCHAR(20)     NOT NULL,
    body_kind                   VARCHAR(40)     NOT NULL,
    procedure_code              VARCHAR(64)     NOT NULL,
    mode                        VARCHAR(40)     NOT NULL,
    competition_id              UUID,
    offer_id                    UUID,
    partnership_id              UUID,
    signed_on                   DATE            NOT NULL,
    grant_grosze                BIGINT          NOT NULL,
    task_start                  DATE            NOT NULL,
    task_end                    DATE            NOT NULL,
    allowed_shift_share         NUMERIC(20, 10) NOT NULL,
    -- the final report: present exactly when final_report_submitted_on is not null
    final_report_submitted_on   DATE,
    final_report_spent_grosze   BIGINT,
    -- derived, kept for the listing of a body's year: the year the task starts
    task_year                   INTEGER         NOT NULL,
    CONSTRAINT lsw_contract_pk PRIMARY KEY (id),
    CONSTRAINT lsw_contract_version_ck CHECK (version > 0),
    CONSTRAINT lsw_contract_final_report_ck
        CHECK ((final_report_submitted_on IS NULL) = (final_report_spent_grosze IS NULL))
);

CREATE INDEX lsw_contract_body_year_ix ON lsw_contract (body_area, task_year, signed_on, id);
CREATE INDEX lsw_contract_competition_ix ON lsw_contract (competition_id);

CREATE TABLE lsw_contract_party (
    contract_id      UUID     NOT NULL,
    list_index       INTEGER  NOT NULL,
    organisation_id  UUID     NOT NULL,
    CONSTRAINT lsw_contract_party_pk PRIMARY KEY (contract_id, list_index),
    CONSTRAINT lsw_contract_party_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);

CREATE INDEX lsw_contract_party_ix ON lsw_contract_party (organisation_id);

CREATE TABLE lsw_contract_result (
    contract_id  UUID     NOT NULL,
    list_index   INTEGER  NOT NULL,
    result       VARCHAR  NOT NULL,
    CONSTRAINT lsw_contract_result_pk PRIMARY KEY (contract_id, list_index),
    CONSTRAINT lsw_contract_result_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);

CREATE TABLE lsw_contract_amendment (
    contract_id     UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    number          INTEGER  NOT NULL,
    signed_on       DATE     NOT NULL,
    description     VARCHAR  NOT NULL,
    -- whether the annex sets a new budget (its items, possibly none, are in the cost-item table)
    has_budget      BOOLEAN  NOT NULL,
    grant_grosze    BIGINT,
    task_start      DATE,
    task_end        DATE,
    CONSTRAINT lsw_contract_amendment_pk PRIMARY KEY (contract_id, list_index),
    CONSTRAINT lsw_contract_amendment_period_ck CHECK ((task_start IS NULL) = (task_end IS NULL)),
    CONSTRAINT lsw_contract_amendment_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);

-- The cost items of the contract's budget (amendment_index -1) and of each amendment's new
-- budget (amendment_index = the amendment's list_index).
CREATE TABLE lsw_contract_cost_item (
    contract_id       UUID             NOT NULL,
    amendment_index   INTEGER          NOT NULL,
    list_index        INTEGER          NOT NULL,
    category          VARCHAR          NOT NULL,
    unit              VARCHAR          NOT NULL,
    quantity          NUMERIC(30, 10)  NOT NULL,
    quantity_scale    INTEGER          NOT NULL,
    unit_cost_grosze  BIGINT           NOT NULL,
    source            VARCHAR(40)      NOT NULL,
    CONSTRAINT lsw_contract_cost_item_pk PRIMARY KEY (contract_id, amendment_index, list_index),
    CONSTRAINT lsw_contract_cost_item_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);

CREATE TABLE lsw_contract_cost_shift (
    contract_id    UUID     NOT NULL,
    list_index     INTEGER  NOT NULL,
    from_item      INTEGER  NOT NULL,
    to_item        INTEGER  NOT NULL,
    amount_grosze  BIGINT   NOT NULL,
    shifted_on     DATE     NOT NULL,
    CONSTRAINT lsw_contract_cost_shift_pk PRIMARY KEY (contract_id, list_index),
    CONSTRAINT lsw_contract_cost_shift_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);

CREATE TABLE lsw_contract_report_demand (
    contract_id   UUID     NOT NULL,
    list_index    INTEGER  NOT NULL,
    demanded_on   DATE     NOT NULL,
    due_on        DATE     NOT NULL,
    submitted_on  DATE,
    CONSTRAINT lsw_contract_report_demand_pk PRIMARY KEY (contract_id, list_index),
    CONSTRAINT lsw_contract_report_demand_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);

CREATE TABLE lsw_contract_misuse (
    contract_id    UUID     NOT NULL,
    list_index     INTEGER  NOT NULL,
    found_on       DATE     NOT NULL,
    amount_grosze  BIGINT   NOT NULL,
    description    VARCHAR  NOT NULL,
    CONSTRAINT lsw_contract_misuse_pk PRIMARY KEY (contract_id, list_index),
    CONSTRAINT lsw_contract_misuse_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);

CREATE TABLE lsw_contract_return (
    contract_id    UUID         NOT NULL,
    list_index     INTEGER      NOT NULL,
    kind           VARCHAR(40)  NOT NULL,
    amount_grosze  BIGINT       NOT NULL,
    paid_on        DATE         NOT NULL,
    CONSTRAINT lsw_contract_return_pk PRIMARY KEY (contract_id, list_index),
    CONSTRAINT lsw_contract_return_fk FOREIGN KEY (contract_id)
        REFERENCES lsw_contract (id) ON DELETE CASCADE
);
