-- Dispatches of information to a partnership's members (Polish: wysyłki informacji,
-- współinformowanie; rule INF-SIMULTANEOUS): the item sent, the one instant of sending, the
-- sender's reference, and each recipient organisation with its delivery outcome. A dispatch is
-- written once and never changed. Then the partnerships' contact bases of key external partners
-- with their history of changes. Portable SQL: accepted as written by PostgreSQL and H2
-- (version 2).
--
-- Conventions as in V2 to V7: an instant is a TIMESTAMP WITH TIME ZONE and its _nanos; child
-- rows carry their owner's key (cascading delete) and list_index; enumerations by constant name.

CREATE TABLE lsw_dispatch (
    id               UUID                      NOT NULL,
    partnership_id   UUID                      NOT NULL,
    kind             VARCHAR(40)               NOT NULL,
    subject          VARCHAR                   NOT NULL,
    body             VARCHAR                   NOT NULL,
    english_subject  VARCHAR,
    english_body     VARCHAR,
    sent_at          TIMESTAMP WITH TIME ZONE  NOT NULL,
    sent_at_nanos    INTEGER                   NOT NULL,
    sent_by          VARCHAR                   NOT NULL,
    CONSTRAINT lsw_dispatch_pk PRIMARY KEY (id),
    CONSTRAINT lsw_dispatch_english_ck CHECK ((english_subject IS NULL) = (english_body IS NULL))
);

CREATE INDEX lsw_dispatch_partnership_ix ON lsw_dispatch (partnership_id, sent_at, id);

CREATE TABLE lsw_dispatch_recipient (
    dispatch_id      UUID          NOT NULL,
    list_index       INTEGER       NOT NULL,
    organisation_id  UUID          NOT NULL,
    delivered        BOOLEAN       NOT NULL,
    -- present exactly when the delivery failed
    failure_reason   VARCHAR(500),
    CONSTRAINT lsw_dispatch_recipient_pk PRIMARY KEY (dispatch_id, list_index),
    CONSTRAINT lsw_dispatch_recipient_org_uk UNIQUE (dispatch_id, organisation_id),
    CONSTRAINT lsw_dispatch_recipient_fk FOREIGN KEY (dispatch_id)
        REFERENCES lsw_dispatch (id) ON DELETE CASCADE,
    CONSTRAINT lsw_dispatch_recipient_outcome_ck CHECK (delivered = (failure_reason IS NULL))
);

-- Each partnership's contact base of key external partners (Polish: baza danych kontaktowych
-- kluczowych partnerów zewnętrznych) under one optimistic version, its entries in order and its
-- history of changes (revisions with their field changes).
CREATE TABLE lsw_contact_base (
    partnership_id  UUID    NOT NULL,
    version         BIGINT  NOT NULL,
    CONSTRAINT lsw_contact_base_pk PRIMARY KEY (partnership_id),
    CONSTRAINT lsw_contact_base_version_ck CHECK (version > 0)
);

CREATE TABLE lsw_external_contact (
    partnership_id  UUID          NOT NULL,
    list_index      INTEGER       NOT NULL,
    id              UUID          NOT NULL,
    institution     VARCHAR       NOT NULL,
    sector          VARCHAR(40)   NOT NULL,
    contact_name    VARCHAR       NOT NULL,
    contact_role    VARCHAR       NOT NULL,
    contact_email   VARCHAR,
    contact_phone   VARCHAR,
    note            VARCHAR,
    CONSTRAINT lsw_external_contact_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_external_contact_id_uk UNIQUE (partnership_id, id),
    CONSTRAINT lsw_external_contact_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_contact_base (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_contact_revision (
    partnership_id    UUID                      NOT NULL,
    list_index        INTEGER                   NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE  NOT NULL,
    changed_at_nanos  INTEGER                   NOT NULL,
    actor             VARCHAR                   NOT NULL,
    subject           VARCHAR                   NOT NULL,
    kind              VARCHAR(60)               NOT NULL,
    CONSTRAINT lsw_contact_revision_pk PRIMARY KEY (partnership_id, list_index),
    CONSTRAINT lsw_contact_revision_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_contact_base (partnership_id) ON DELETE CASCADE
);

CREATE TABLE lsw_contact_revision_change (
    partnership_id  UUID     NOT NULL,
    revision_index  INTEGER  NOT NULL,
    list_index      INTEGER  NOT NULL,
    field           VARCHAR  NOT NULL,
    from_value      VARCHAR,
    to_value        VARCHAR,
    CONSTRAINT lsw_contact_revision_change_pk PRIMARY KEY (partnership_id, revision_index, list_index),
    CONSTRAINT lsw_contact_revision_change_fk FOREIGN KEY (partnership_id, revision_index)
        REFERENCES lsw_contact_revision (partnership_id, list_index) ON DELETE CASCADE
);
