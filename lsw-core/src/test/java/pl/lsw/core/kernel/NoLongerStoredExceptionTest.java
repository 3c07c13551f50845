package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class NoLongerStoredExceptionTest {

  @Test
  void the_message_names_the_aggregate_its_id_and_the_version_the_caller_had() {
    NoLongerStoredException e = new NoLongerStoredException("Organisation", "123", 2);

    assertEquals("Organisation 123 is no longer stored: it cannot be saved at version 2; "
        + "it was deleted, or never stored", e.getMessage());
    assertEquals("Organisation", e.aggregate());
    assertEquals("123", e.id());
    assertEquals(2L, e.version());
  }

  @Test
  void it_is_not_a_version_conflict_nor_a_store_failure() {
    assertFalse(VersionConflictException.class.isAssignableFrom(NoLongerStoredException.class));
    assertFalse(StoreException.class.isAssignableFrom(NoLongerStoredException.class));
  }
}
