-- Supported families (Polish: rodziny wspierane) and their individual plans (Polish: plany
-- indywidualne) with items, reviews and the history of revisions. Portable SQL: accepted as
-- written by PostgreSQL and H2 (version 2).
--
-- A family is only its pseudonymous reference (the embedding system's code), never a name, a
-- PESEL number, an address, a phone number or health data: the columns below hold the day of
-- selection, the consent, the need categories and the non-identifying facts that match access
-- conditions (age in years, TERYT commune unit, language code, referral held). A test reads the
-- schema and fails on any column whose name suggests personal data of a family.
--
-- Conventions as in V4 to V7: child rows carry their owner's key (cascading delete); an instant
-- is a TIMESTAMP WITH TIME ZONE column and its _nanos; enumerations by constant name.

CREATE TABLE lsw_supported_family (
    reference             VARCHAR(64)  NOT NULL,
    version               BIGINT       NOT NULL,
    partnership_id        UUID         NOT NULL,
    selected_on           DATE         NOT NULL,
    consent_given_on      DATE         NOT NULL,
    consent_withdrawn_on  DATE,
    age_years             INTEGER,
    residence_unit        VARCHAR(7),
    language_code         VARCHAR(2),
    referral_held         BOOLEAN      NOT NULL,
    CONSTRAINT lsw_supported_family_pk PRIMARY KEY (reference),
    CONSTRAINT lsw_supported_family_version_ck CHECK (version > 0),
    CONSTRAINT lsw_supported_family_age_ck CHECK (age_years BETWEEN 0 AND 150)
);

CREATE INDEX lsw_supported_family_partnership_ix ON lsw_supported_family (partnership_id, reference);

-- The fields of social services a family needs support in (a set).
CREATE TABLE lsw_supported_family_field (
    family_ref  VARCHAR(64)  NOT NULL,
    field       VARCHAR(60)  NOT NULL,
    CONSTRAINT lsw_supported_family_field_pk PRIMARY KEY (family_ref, field),
    CONSTRAINT lsw_supported_family_field_fk FOREIGN KEY (family_ref)
        REFERENCES lsw_supported_family (reference) ON DELETE CASCADE
);

-- The target groups a family belongs to (a set of group codes).
CREATE TABLE lsw_supported_family_group (
    family_ref  VARCHAR(64)  NOT NULL,
    group_code  VARCHAR(64)  NOT NULL,
    CONSTRAINT lsw_supported_family_group_pk PRIMARY KEY (family_ref, group_code),
    CONSTRAINT lsw_supported_family_group_fk FOREIGN KEY (family_ref)
        REFERENCES lsw_supported_family (reference) ON DELETE CASCADE
);

CREATE TABLE lsw_individual_plan (
    id                   UUID         NOT NULL,
    version              BIGINT       NOT NULL,
    family_ref           VARCHAR(64)  NOT NULL,
    partnership_id       UUID         NOT NULL,
    kind                 VARCHAR(20)  NOT NULL,
    applied_on           DATE,
    prepared_on          DATE         NOT NULL,
    period_from          DATE         NOT NULL,
    period_to            DATE         NOT NULL,
    coordination_months  INTEGER,
    last_item_number     INTEGER      NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    closed_on            DATE,
    CONSTRAINT lsw_individual_plan_pk PRIMARY KEY (id),
    CONSTRAINT lsw_individual_plan_version_ck CHECK (version > 0)
);

CREATE INDEX lsw_individual_plan_family_ix ON lsw_individual_plan (family_ref, prepared_on, id);

-- The items by number; the source is an Initiative Bank entry (BANK) or a basket service (BASKET).
CREATE TABLE lsw_individual_plan_item (
    plan_id      UUID         NOT NULL,
    item_number  INTEGER      NOT NULL,
    source_kind  VARCHAR(10)  NOT NULL,
    source_id    UUID         NOT NULL,
    provider_id  UUID         NOT NULL,
    starts_on    DATE         NOT NULL,
    ends_on      DATE         NOT NULL,
    note         VARCHAR,
    CONSTRAINT lsw_individual_plan_item_pk PRIMARY KEY (plan_id, item_number),
    CONSTRAINT lsw_individual_plan_item_fk FOREIGN KEY (plan_id)
        REFERENCES lsw_individual_plan (id) ON DELETE CASCADE,
    CONSTRAINT lsw_individual_plan_item_source_ck CHECK (source_kind IN ('BANK', 'BASKET'))
);

-- The days of reviews, planned (held = false) and held (held = true).
CREATE TABLE lsw_individual_plan_review (
    plan_id     UUID     NOT NULL,
    held        BOOLEAN  NOT NULL,
    review_day  DATE     NOT NULL,
    CONSTRAINT lsw_individual_plan_review_pk PRIMARY KEY (plan_id, held, review_day),
    CONSTRAINT lsw_individual_plan_review_fk FOREIGN KEY (plan_id)
        REFERENCES lsw_individual_plan (id) ON DELETE CASCADE
);

-- The revisions of a plan, oldest first, and the field changes of each.
CREATE TABLE lsw_individual_plan_revision (
    plan_id         UUID                      NOT NULL,
    list_index      INTEGER                   NOT NULL,
    revised_at      TIMESTAMP WITH TIME ZONE  NOT NULL,
    revised_at_nanos INTEGER                  NOT NULL,
    actor           VARCHAR                   NOT NULL,
    subject         VARCHAR                   NOT NULL,
    change_kind     VARCHAR(60)               NOT NULL,
    CONSTRAINT lsw_individual_plan_revision_pk PRIMARY KEY (plan_id, list_index),
    CONSTRAINT lsw_individual_plan_revision_fk FOREIGN KEY (plan_id)
        REFERENCES lsw_individual_plan (id) ON DELETE CASCADE
);

CREATE TABLE lsw_individual_plan_field_change (
    plan_id         UUID     NOT NULL,
    revision_index  INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    field           VARCHAR  NOT NULL,
    from_value      VARCHAR,
    to_value        VARCHAR,
    CONSTRAINT lsw_individual_plan_field_change_pk PRIMARY KEY (plan_id, revision_index, list_index),
    CONSTRAINT lsw_individual_plan_field_change_fk FOREIGN KEY (plan_id, revision_index)
        REFERENCES lsw_individual_plan_revision (plan_id, list_index) ON DELETE CASCADE
);
