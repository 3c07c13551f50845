-- The co-informing bases of a partnership (Polish: bazy współinformowania LSW): the Map of
-- Local Potentials (its entries), the Initiative Bank (the recommendations), the LSW Action Base
-- (the actions), the verification rounds and the history of changes. One root row per
-- partnership, with the version; one child table per list. Portable SQL: accepted as written by
-- PostgreSQL and H2 (version 2).
--
-- Conventions as in V2: child rows carry partnership_id (cascading delete) and their position in
-- their list (list_index, from 0), so lists come back in the saved order; an item with an id of
-- its own (an entry, a recommendation's entry, an action) is keyed by that id, so that its rows
-- stay put when the items before it change, and the parts of an entry are keyed by the entry's
-- id; a list inside a list item without an id (a round, a revision) is keyed by the item's
-- position. An instant is <name> TIMESTAMP WITH TIME ZONE and <name>_nanos (authoritative for
-- the fraction); money is BIGINT grosze; enumerations are stored by constant name; texts are as
-- long as the model accepts, or VARCHAR without a length where the model sets no limit.
-- Nothing here holds data of families: contact people are professional contacts of the
-- implementers.

CREATE TABLE lsw_initiative_base (
    partnership_id  UUID    NOT NULL,
    version         BIGINT  NOT NULL,
    CONSTRAINT lsw_initiative_base_pk PRIMARY KEY (partnership_id),
    CONSTRAINT lsw_initiative_base_version_ck CHECK (version > 0)
);

-- An entry of the Map, with its implementer (none, an organisation of the registry, or one
-- outside it) and its access conditions.
CREATE TABLE lsw_initiative_base_entry (
    partnership_id            UUID           NOT NULL,
    entry_id                  UUID           NOT NULL,
    list_index                INTEGER        NOT NULL,
    name                      VARCHAR(500),
    implementer_kind          VARCHAR(20),
    implementer_organisation  UUID,
    implementer_name          VARCHAR(500),
    implementer_sector        VARCHAR(40),
    implementer_contact       VARCHAR(500),
    description               VARCHAR(4000),
    participation_rules       VARCHAR(4000),
    service_conditions        VARCHAR(4000),
    place                     VARCHAR(4000),
    schedule                  VARCHAR(4000),
    min_age                   INTEGER,
    max_age                   INTEGER,
    referral                  VARCHAR(40)    NOT NULL,
    cost                      VARCHAR(40)    NOT NULL,
    fee_grosze                BIGINT,
    capacity                  INTEGER,
    access_description        VARCHAR(4000),
    source                    VARCHAR(40)    NOT NULL,
    community_role            VARCHAR(40)    NOT NULL,
    added_on                  DATE           NOT NULL,
    last_verified_on          DATE,
    CONSTRAINT lsw_initiative_base_entry_pk PRIMARY KEY (partnership_id, entry_id),
    CONSTRAINT lsw_initiative_base_entry_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_initiative_base_entry_implementer_ck CHECK (
        (implementer_kind IS NULL AND implementer_organisation IS NULL
            AND implementer_name IS NULL AND implementer_sector IS NULL
            AND implementer_contact IS NULL)
        OR (implementer_kind = 'REGISTERED' AND implementer_organisation IS NOT NULL
            AND implementer_name IS NULL AND implementer_sector IS NULL
            AND implementer_contact IS NULL)
        OR (implementer_kind = 'OUTSIDE' AND implementer_organisation IS NULL
            AND implementer_name IS NOT NULL AND implementer_sector IS NOT NULL
            AND implementer_contact IS NOT NULL)),
    CONSTRAINT lsw_initiative_base_entry_fee_ck CHECK (fee_grosze IS NULL OR fee_grosze >= 0),
    CONSTRAINT lsw_initiative_base_entry_capacity_ck CHECK (capacity IS NULL OR capacity > 0)
);

-- Whom an entry is for (a set of the open vocabulary of target groups, kept with both names).
CREATE TABLE lsw_initiative_base_addressee (
    partnership_id  UUID         NOT NULL,
    entry_id        UUID         NOT NULL,
    list_index      INTEGER      NOT NULL,
    code            VARCHAR(64)  NOT NULL,
    polish_name     VARCHAR      NOT NULL,
    english_name    VARCHAR      NOT NULL,
    CONSTRAINT lsw_initiative_base_addressee_pk PRIMARY KEY (partnership_id, entry_id, list_index),
    CONSTRAINT lsw_initiative_base_addressee_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

-- The fields of social services of an entry (a set).
CREATE TABLE lsw_initiative_base_field (
    partnership_id  UUID         NOT NULL,
    entry_id        UUID         NOT NULL,
    field           VARCHAR(60)  NOT NULL,
    CONSTRAINT lsw_initiative_base_field_pk PRIMARY KEY (partnership_id, entry_id, field),
    CONSTRAINT lsw_initiative_base_field_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

-- The target groups an entry's access conditions admit.
CREATE TABLE lsw_initiative_base_target_group (
    partnership_id  UUID         NOT NULL,
    entry_id        UUID         NOT NULL,
    list_index      INTEGER      NOT NULL,
    code            VARCHAR(64)  NOT NULL,
    polish_name     VARCHAR      NOT NULL,
    english_name    VARCHAR      NOT NULL,
    CONSTRAINT lsw_initiative_base_target_group_pk
        PRIMARY KEY (partnership_id, entry_id, list_index),
    CONSTRAINT lsw_initiative_base_target_group_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

-- The TERYT units an entry serves.
CREATE TABLE lsw_initiative_base_territory (
    partnership_id  UUID        NOT NULL,
    entry_id        UUID        NOT NULL,
    list_index      INTEGER     NOT NULL,
    teryt           VARCHAR(7)  NOT NULL,
    CONSTRAINT lsw_initiative_base_territory_pk PRIMARY KEY (partnership_id, entry_id, list_index),
    CONSTRAINT lsw_initiative_base_territory_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

CREATE INDEX lsw_initiative_base_territory_ix
    ON lsw_initiative_base_territory (teryt, partnership_id);

-- The languages an entry is given in (ISO 639-1), in the order given.
CREATE TABLE lsw_initiative_base_language (
    partnership_id  UUID        NOT NULL,
    entry_id        UUID        NOT NULL,
    list_index      INTEGER     NOT NULL,
    language        VARCHAR(2)  NOT NULL,
    CONSTRAINT lsw_initiative_base_language_pk PRIMARY KEY (partnership_id, entry_id, list_index),
    CONSTRAINT lsw_initiative_base_language_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

-- The professional contact people of an entry, in order (as lsw_organisation_contact; the
-- phone as written, spaces included, so without a length).
CREATE TABLE lsw_initiative_base_contact (
    partnership_id  UUID          NOT NULL,
    entry_id        UUID          NOT NULL,
    list_index      INTEGER       NOT NULL,
    name            VARCHAR(300)  NOT NULL,
    role            VARCHAR(300)  NOT NULL,
    email           VARCHAR(320),
    phone           VARCHAR,
    CONSTRAINT lsw_initiative_base_contact_pk PRIMARY KEY (partnership_id, entry_id, list_index),
    CONSTRAINT lsw_initiative_base_contact_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

-- The Initiative Bank: one recommendation per recommended entry.
CREATE TABLE lsw_initiative_base_recommendation (
    partnership_id  UUID     NOT NULL,
    entry_id        UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    recommended_on  DATE     NOT NULL,
    by_person       UUID     NOT NULL,
    meeting_id      UUID,
    CONSTRAINT lsw_initiative_base_recommendation_pk PRIMARY KEY (partnership_id, entry_id),
    CONSTRAINT lsw_initiative_base_recommendation_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

-- The LSW Action Base, with each action's last consortium report (both columns or neither).
CREATE TABLE lsw_initiative_base_action (
    partnership_id    UUID          NOT NULL,
    action_id         UUID          NOT NULL,
    list_index        INTEGER       NOT NULL,
    entry_id          UUID          NOT NULL,
    name              VARCHAR(500)  NOT NULL,
    consortium_id     UUID          NOT NULL,
    status            VARCHAR(40)   NOT NULL,
    started_on        DATE          NOT NULL,
    status_since      DATE          NOT NULL,
    last_verified_on  DATE,
    reported_on       DATE,
    reported_status   VARCHAR(40),
    CONSTRAINT lsw_initiative_base_action_pk PRIMARY KEY (partnership_id, action_id),
    CONSTRAINT lsw_initiative_base_action_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_initiative_base_action_report_ck
        CHECK ((reported_on IS NULL) = (reported_status IS NULL))
);

-- The verification rounds, in the order held; what each verified and concluded.
CREATE TABLE lsw_initiative_base_round (
    partnership_id  UUID     NOT NULL,
    list_index      INTEGER  NOT NULL,
    held_on         DATE     NOT NULL,
    actor           VARCHAR  NOT NULL,
    decision_id     UUID,
    CONSTRAINT lsw_initiative_base_round_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_initiative_base_round_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_initiative_base_round_entry (
    partnership_id  UUID     NOT NULL,
    round_index     INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    entry_id        UUID     NOT NULL,
    CONSTRAINT lsw_initiative_base_round_entry_pk
        PRIMARY KEY (partnership_id, round_index, list_index),
    CONSTRAINT lsw_initiative_base_round_entry_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_initiative_base_round_action (
    partnership_id  UUID     NOT NULL,
    round_index     INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    action_id       UUID     NOT NULL,
    CONSTRAINT lsw_initiative_base_round_action_pk
        PRIMARY KEY (partnership_id, round_index, list_index),
    CONSTRAINT lsw_initiative_base_round_action_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_initiative_base_round_conclusion (
    partnership_id  UUID           NOT NULL,
    round_index     INTEGER        NOT NULL,
    list_index      INTEGER        NOT NULL,
    conclusion      VARCHAR(2000)  NOT NULL,
    CONSTRAINT lsw_initiative_base_round_conclusion_pk
        PRIMARY KEY (partnership_id, round_index, list_index),
    CONSTRAINT lsw_initiative_base_round_conclusion_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

-- The history, oldest first (append-only), and each revision's field changes; an absent value
-- (a field that was or became empty) is NULL.
CREATE TABLE lsw_initiative_base_revision (
    partnership_id    UUID                      NOT NULL,
    list_index        INTEGER                   NOT NULL,
    revised_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    revised_at_nanos  INTEGER                   NOT NULL,
    actor             VARCHAR                   NOT NULL,
    subject           VARCHAR                   NOT NULL,
    kind              VARCHAR                   NOT NULL,
    CONSTRAINT lsw_initiative_base_revision_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_initiative_base_revision_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_initiative_base_field_change (
    partnership_id  UUID     NOT NULL,
    revision_index  INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    field           VARCHAR  NOT NULL,
    from_value      VARCHAR,
    to_value        VARCHAR,
    CONSTRAINT lsw_initiative_base_field_change_pk
        PRIMARY KEY (partnership_id, revision_index, list_index),
    CONSTRAINT lsw_initiative_base_field_change_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_initiative_base (partnership_id) ON DELETE CASCADE
);
