-- The added value of a partnership's network (Polish: wartość dodana sieci), one more kind of
-- record of lsw_evaluation_record (V13): ADDED_VALUE, an assessment on a day of X (the services'
-- value on their own), Y (the network's own value) and S(Y) (the additional value the services
-- get from the network) on one measure named in Polish and in English. As in V13 and V14, the
-- content is a table of its own keyed by the record's id and referring to the root row
-- lsw_evaluation only (cascading delete); the tables of V13 and V14 do not change. Portable SQL:
-- accepted as written by PostgreSQL and H2 (version 2).
--
-- Each number is an exact fraction (pl.lsw.core.evaluation.Ratio), kept as its reduced numerator
-- and its positive denominator, whole numbers of up to 38 digits each (NUMERIC(38, 0)); the store
-- refuses to save a larger one rather than round it. X and Y are not negative; S(Y) may be, but
-- not below -X (so X + S(Y) is not negative either): the same rules as the model's. The measure's
-- names are as long as the model accepts (it sets no limit: VARCHAR without a length). Nothing
-- here holds data of families: a measure counts them, never names them.
CREATE TABLE lsw_evaluation_added_value (
    partnership_id                 UUID            NOT NULL,
    record_id                      UUID            NOT NULL,
    assessed_on                    DATE            NOT NULL,
    measure_pl                     VARCHAR         NOT NULL,
    measure_en                     VARCHAR         NOT NULL,
    without_network_numerator      NUMERIC(38, 0)  NOT NULL,
    without_network_denominator    NUMERIC(38, 0)  NOT NULL,
    network_numerator              NUMERIC(38, 0)  NOT NULL,
    network_denominator            NUMERIC(38, 0)  NOT NULL,
    added_value_numerator          NUMERIC(38, 0)  NOT NULL,
    added_value_denominator        NUMERIC(38, 0)  NOT NULL,
    CONSTRAINT lsw_evaluation_added_value_pk PRIMARY KEY (partnership_id, record_id),
    CONSTRAINT lsw_evaluation_added_value_fk FOREIGN KEY (partnership_id)
        REFERENCES lsw_evaluation (partnership_id) ON DELETE CASCADE,
    CONSTRAINT lsw_evaluation_added_value_denominators_ck CHECK (
        without_network_denominator > 0 AND network_denominator > 0
        AND added_value_denominator > 0),
    CONSTRAINT lsw_evaluation_added_value_not_negative_ck CHECK (
        without_network_numerator >= 0 AND network_numerator >= 0)
);
