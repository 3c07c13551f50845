-- Dispatches of information to a partnership's members (Polish: wysyłki informacji,
-- współinformowanie; rule INF-SIMULTANEOUS): the item sent, the one instant of sending, the
-- sender's reference, and each recipient organisation with its delivery outcome. A dispatch is
-- written once and never changed. Portable SQL: accepted as written by PostgreSQL and H2
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
