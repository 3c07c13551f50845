package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.history.FieldChange;
import pl.lsw.core.partnership.governance.BodyId;

class HistoryFieldsTest {

  @Test
  void every_field_the_history_records_has_a_name_in_both_languages() {
    MapEntry full = InitiativeBaseRepositoryContract.full(pl.lsw.core.partnership.PartnershipId.of(
        UUID.randomUUID())).entries().get(1).withLastVerifiedOn(LocalDate.of(2026, 9, 2))
        .withPlace("sala").withSchedule("wt").withContacts(List.of(pl.lsw.core.organisation
            .ContactPerson.builder().name("A").role("r").email("a@b.example").build()));
    Action action = new Action(ActionId.of(UUID.randomUUID()), full.id(), "x",
        BodyId.of(UUID.randomUUID()), ActionStatus.RUNNING, LocalDate.of(2026, 9, 2),
        LocalDate.of(2026, 9, 2), Optional.of(LocalDate.of(2026, 9, 3)),
        Optional.of(new ConsortiumReport(LocalDate.of(2026, 9, 3), ActionStatus.COMPLETED)));
    List<FieldChange> changes = new java.util.ArrayList<>(AbstractInitiativeBase.entryChanges(null, full));
    changes.addAll(AbstractInitiativeBase.actionChanges(null, action));
    assertTrue(changes.size() > 25, changes.toString());
    for (FieldChange c : changes) {
      assertTrue(HistoryFields.label(c.field()).isPresent(), c.field());
    }
    org.junit.jupiter.api.Assertions.assertEquals("zawieszone",
        HistoryFields.display("status", "SUSPENDED", java.util.Locale.forLanguageTag("pl")));
    org.junit.jupiter.api.Assertions.assertEquals("referral required",
        HistoryFields.display("access.referral", "REFERRAL_REQUIRED", java.util.Locale.ENGLISH));
    org.junit.jupiter.api.Assertions.assertEquals("Klub", HistoryFields.display("name", "Klub",
        java.util.Locale.ENGLISH));
    for (String other : Set.of("recommendedOn", "meeting", "withdrawalReason", "heldOn", "entries",
        "actions", "conclusions")) {
      assertTrue(HistoryFields.label(other).isPresent(), other);
    }
  }
}
