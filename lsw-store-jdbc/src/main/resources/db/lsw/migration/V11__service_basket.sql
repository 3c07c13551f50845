-- The Local Service Basket (Polish: Lokalny Koszyk Usług / Lista Aktywności i Usług) of each
-- partnership: its services with their access conditions and contact people, the agreements at
-- partnership meetings and the history of changes. Portable SQL: accepted as written by
-- PostgreSQL and H2 (version 2).
--
-- Conventions as in V2: every child row carries partnership_id (cascading delete) and its
-- position in its list (list_index); a list or set inside a service is keyed by the service's
-- position (service_index); an instant is <name> TIMESTAMP WITH TIME ZONE and <name>_nanos, the
-- authoritative nano-of-second; money in BIGINT grosze; enumerations by constant name.

CREATE TABLE lsw_service_basket (
    partnership_id  UUID    NOT NULL,
    version         BIGINT  NOT NULL,
    CONSTRAINT lsw_service_basket_pk PRIMARY KEY (partnership_id),
    CONSTRAINT lsw_service_basket_version_ck CHECK (version > 0)
);

CREATE TABLE lsw_basket_service (
    partnership_id      UUID         NOT NULL,
    list_index          INTEGER      NOT NULL,
    service_id          UUID         NOT NULL,
    provider_id         UUID         NOT NULL,
    name                VARCHAR      NOT NULL,
    description         VARCHAR,
    availability        VARCHAR,
    offered_since       DATE         NOT NULL,
    offered_until       DATE,
    last_verified_on    DATE         NOT NULL,
    withdrawn_on        DATE,
    min_age             INTEGER,
    max_age             INTEGER,
    referral            VARCHAR(40)  NOT NULL,
    cost                VARCHAR(40)  NOT NULL,
    fee_grosze          BIGINT,
    capacity            INTEGER,
    access_description  VARCHAR,
    CONSTRAINT lsw_basket_service_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_basket_service_id_uq UNIQUE (partnership_id, service_id),
    CONSTRAINT lsw_basket_service_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE INDEX lsw_basket_service_provider_ix ON lsw_basket_service (provider_id);

CREATE TABLE lsw_basket_service_field (
    partnership_id  UUID         NOT NULL,
    service_index   INTEGER      NOT NULL,
    field           VARCHAR(60)  NOT NULL,
    CONSTRAINT lsw_basket_service_field_pk PRIMARY KEY (partnership_id, service_index, field),
    CONSTRAINT lsw_basket_service_field_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_service_group (
    partnership_id  UUID         NOT NULL,
    service_index   INTEGER      NOT NULL,
    group_code      VARCHAR(64)  NOT NULL,
    polish_name     VARCHAR      NOT NULL,
    english_name    VARCHAR      NOT NULL,
    CONSTRAINT lsw_basket_service_group_pk PRIMARY KEY (partnership_id, service_index, group_code),
    CONSTRAINT lsw_basket_service_group_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_service_territory (
    partnership_id  UUID        NOT NULL,
    service_index   INTEGER     NOT NULL,
    teryt           VARCHAR(7)  NOT NULL,
    CONSTRAINT lsw_basket_service_territory_pk PRIMARY KEY (partnership_id, service_index, teryt),
    CONSTRAINT lsw_basket_service_territory_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_service_language (
    partnership_id  UUID        NOT NULL,
    service_index   INTEGER     NOT NULL,
    language_code   VARCHAR(2)  NOT NULL,
    CONSTRAINT lsw_basket_service_language_pk
        PRIMARY KEY (partnership_id, service_index, language_code),
    CONSTRAINT lsw_basket_service_language_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_service_contact (
    partnership_id  UUID     NOT NULL,
    service_index   INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    name            VARCHAR  NOT NULL,
    role            VARCHAR  NOT NULL,
    email           VARCHAR,
    phone           VARCHAR,
    CONSTRAINT lsw_basket_service_contact_pk
        PRIMARY KEY (partnership_id, service_index, list_index),
    CONSTRAINT lsw_basket_service_contact_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_agreement (
    partnership_id     UUID                      NOT NULL,
    list_index         INTEGER                   NOT NULL,
    meeting_id         UUID                      NOT NULL,
    agreed_on          DATE                      NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    recorded_at_nanos  INTEGER                   NOT NULL,
    CONSTRAINT lsw_basket_agreement_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_basket_agreement_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_agreement_service (
    partnership_id   UUID     NOT NULL,
    agreement_index  INTEGER  NOT NULL,
    list_index       INTEGER  NOT NULL,
    service_id       UUID     NOT NULL,
    CONSTRAINT lsw_basket_agreement_service_pk
        PRIMARY KEY (partnership_id, agreement_index, list_index),
    CONSTRAINT lsw_basket_agreement_service_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_revision (
    partnership_id    UUID                      NOT NULL,
    list_index        INTEGER                   NOT NULL,
    revised_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    revised_at_nanos  INTEGER                   NOT NULL,
    actor_reference   VARCHAR                   NOT NULL,
    subject           VARCHAR                   NOT NULL,
    kind              VARCHAR(40)               NOT NULL,
    CONSTRAINT lsw_basket_revision_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_basket_revision_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_basket_revision_change (
    partnership_id  UUID     NOT NULL,
    revision_index  INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    field           VARCHAR  NOT NULL,
    from_value      VARCHAR,
    to_value        VARCHAR,
    CONSTRAINT lsw_basket_revision_change_pk
        PRIMARY KEY (partnership_id, revision_index, list_index),
    CONSTRAINT lsw_basket_revision_change_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_service_basket (partnership_id) ON DELETE CASCADE
);
