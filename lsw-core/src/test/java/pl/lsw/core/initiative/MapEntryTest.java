package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.Sector;

class MapEntryTest {

  @Test
  void the_builder_reports_every_broken_rule_at_once() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> MapEntry.builder()
        .from(MapEntryFixtures.complete())
        .name(" Klub ")
        .place("x".repeat(AbstractMapEntry.MAX_TEXT + 1))
        .lastVerifiedOn(LocalDate.of(2026, 9, 30))
        .build());
    assertEquals(List.of("NAME_UNTRIMMED", "PLACE_TOO_LONG", "VERIFIED_BEFORE_ADDED"),
        e.problems().stream().map(Problem::code).toList());
    assertEquals("Pozycję sprawdzono 30.09.2026, przed dniem jej dodania 01.10.2026",
        e.problems().get(2).message(Messages.POLISH));
  }

  @Test
  void cost_fee_and_territory_come_from_the_access_conditions() {
    MapEntry e = MapEntryFixtures.complete().withAccess(AccessConditions.builder()
        .cost(ParticipantCost.FEE).fee(Money.ofZloty(20)).build());
    assertEquals(ParticipantCost.FEE, e.cost());
    assertEquals(Money.ofZloty(20), e.fee().get());
    assertEquals(Set.of(), e.territory());
    assertEquals("odpłatnie", ParticipantCost.FEE.display(Messages.POLISH));
    assertEquals("means-tested", ParticipantCost.MEANS_TESTED.display(Locale.ENGLISH));
  }

  @Test
  void an_outside_implementer_reports_every_problem() {
    var v = Implementer.outside(" ", null, "");
    assertEquals(List.of("IMPLEMENTER_NAME_EMPTY", "IMPLEMENTER_SECTOR_MISSING",
        "IMPLEMENTER_CONTACT_EMPTY"), v.getError().map(Problem::code).toJavaList());
    assertThrows(InvalidInputException.class,
        () -> new Implementer.Outside("Parafia", Sector.COMMUNITY_GROUP, " "));
    assertEquals(new Implementer.Outside("Parafia", Sector.COMMUNITY_GROUP, "tel. 22 123 45 67"),
        Implementer.outside(" Parafia ", Sector.COMMUNITY_GROUP, "tel. 22 123 45 67").get());
  }

  @Test
  void target_groups_are_extensible_and_equal_by_code() {
    TargetGroup lonely = TargetGroup.of("LONELY_PEOPLE", "osoby samotne", "lonely people");
    assertEquals("lonely people", lonely.display(Locale.ENGLISH));
    assertEquals(lonely, TargetGroup.ofCode("LONELY_PEOPLE"));
    assertEquals(TargetGroup.SENIORS, TargetGroup.ofCode("SENIORS"));
    assertEquals("seniorzy", TargetGroup.ofCode("SENIORS").polishName());
    assertEquals(List.of("TARGET_GROUP_CODE", "TARGET_GROUP_NAME"),
        TargetGroup.validate("lonely", " ", "x").getError().map(Problem::code).toJavaList());
    assertThrows(InvalidInputException.class, () -> TargetGroup.of("X", "x", "x"));
  }

  @Test
  void an_entry_is_immutable_and_copies_its_collections() {
    Set<TargetGroup> groups = new HashSet<>(Set.of(TargetGroup.YOUTH));
    List<ContactPerson> contacts = new ArrayList<>();
    MapEntry e = MapEntry.builder().from(MapEntryFixtures.complete()).addressees(groups)
        .contacts(contacts).build();
    groups.add(TargetGroup.SENIORS);
    contacts.add(ContactPerson.builder().name("Anna Nowak").role("pedagog")
        .email("a.nowak@sp3.example.org").build());
    assertTrue(e.addressees().contains(TargetGroup.YOUTH));
    assertEquals(List.of(), e.contacts());
    assertThrows(UnsupportedOperationException.class, () -> e.addressees().add(TargetGroup.SENIORS));
    assertThrows(UnsupportedOperationException.class, () -> e.fields().clear());
  }

  @Test
  void a_request_refuses_an_impossible_age() {
    InvalidInputException e = assertThrows(InvalidInputException.class,
        () -> AccessRequest.empty().withAge(-1));
    assertEquals("AGE_RANGE_BOUNDS", e.problems().get(0).code());
    assertEquals("An age must be from 0 to 150 years, not -1",
        e.problems().get(0).message(Locale.ENGLISH));
  }

  @Test
  void the_id_parses_its_text_form() {
    assertEquals(MapEntryFixtures.ID, MapEntryId.of(MapEntryFixtures.ID.toString()));
    assertTrue(MapEntryId.parse("nope").isInvalid());
  }
}
