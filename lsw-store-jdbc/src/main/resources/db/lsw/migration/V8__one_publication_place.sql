-- Small grants and competitions name the places of publication with one vocabulary: the
-- notice board at the body's seat is NOTICE_BOARD for both (competitions stored it as
-- SEAT_NOTICE_BOARD). Portable SQL: accepted as written by PostgreSQL and H2 (version 2).

UPDATE lsw_competition_publication SET place = 'NOTICE_BOARD' WHERE place = 'SEAT_NOTICE_BOARD';
