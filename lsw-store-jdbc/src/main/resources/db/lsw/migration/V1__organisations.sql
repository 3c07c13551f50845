-- The organisation registry (Polish: rejestr organizacji).
-- Portable SQL: accepted as written by PostgreSQL and H2 (version 2).

CREATE TABLE lsw_organisation (
    id            UUID          NOT NULL,
    version       BIGINT        NOT NULL,
    name          VARCHAR(500)  NOT NULL,
    legal_form    VARCHAR(40)   NOT NULL,
    sector        VARCHAR(40)   NOT NULL,
    nip           VARCHAR(10),
    regon         VARCHAR(14),
    krs           VARCHAR(10),
    seat_teryt    VARCHAR(7)    NOT NULL,
    seat_address  VARCHAR(500)  NOT NULL,
    CONSTRAINT lsw_organisation_pk PRIMARY KEY (id),
    CONSTRAINT lsw_organisation_nip_uk UNIQUE (nip),
    CONSTRAINT lsw_organisation_regon_uk UNIQUE (regon),
    CONSTRAINT lsw_organisation_version_ck CHECK (version > 0)
);

CREATE INDEX lsw_organisation_sector_ix ON lsw_organisation (sector, name, id);
CREATE INDEX lsw_organisation_teryt_ix ON lsw_organisation (seat_teryt);
CREATE INDEX lsw_organisation_name_ix ON lsw_organisation (name, id);

CREATE TABLE lsw_organisation_field (
    organisation_id  UUID         NOT NULL,
    field            VARCHAR(60)  NOT NULL,
    CONSTRAINT lsw_organisation_field_pk PRIMARY KEY (organisation_id, field),
    CONSTRAINT lsw_organisation_field_org_fk FOREIGN KEY (organisation_id)
        REFERENCES lsw_organisation (id) ON DELETE CASCADE
);

CREATE INDEX lsw_organisation_field_ix ON lsw_organisation_field (field, organisation_id);

CREATE TABLE lsw_organisation_contact (
    organisation_id  UUID          NOT NULL,
    list_index       INTEGER       NOT NULL,
    name             VARCHAR(300)  NOT NULL,
    role             VARCHAR(300)  NOT NULL,
    email            VARCHAR(320),
    phone            VARCHAR(40),
    CONSTRAINT lsw_organisation_contact_pk PRIMARY KEY (organisation_id, list_index),
    CONSTRAINT lsw_organisation_contact_org_fk FOREIGN KEY (organisation_id)
        REFERENCES lsw_organisation (id) ON DELETE CASCADE
);
