package pl.lsw.core.basket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.testing.Property;

class BasketServiceDraftTest {

  private static final BasketServiceId ID = BasketSamples.COUNSELLING;

  private static List<String> codes(Validation<Seq<Problem>, BasketService> v) {
    assertTrue(v.isInvalid(), "expected problems");
    return v.getError().map(Problem::code).toJavaList();
  }

  @Test
  void an_empty_draft_lists_every_missing_part_at_once() {
    Validation<Seq<Problem>, BasketService> v =
        BasketService.validate(ID, BasketServiceDraft.builder().build());

    assertEquals(List.of("PROVIDER_MISSING", "NAME_EMPTY", "FIELDS_EMPTY", "CONTACTS_EMPTY",
        "SINCE_MISSING", "LAST_VERIFIED_MISSING"), codes(v));
    assertEquals(List.of("provider", "name", "fields", "contacts", "since", "lastVerifiedOn"),
        v.getError().map(Problem::path).toJavaList());
  }

  @Test
  void a_wrong_draft_lists_every_problem_with_its_path() {
    BasketServiceDraft draft = BasketSamples.full(PartnershipFixture.NGO)
        .withName("x".repeat(AbstractBasketService.MAX_NAME + 1))
        .withDescription("y".repeat(AbstractBasketService.MAX_TEXT + 1))
        .withMinAge(20).withMaxAge(10)
        .withTerritory("1465088", "14x")
        .withFee("dwadzieścia")
        .withLanguages("pl", "Polski")
        .withCapacity(0)
        .withContacts(ContactPersonDraft.byEmail("Ewa", "prezeska", "not-an-email"))
        .withUntil(LocalDate.of(2025, 12, 31));

    Validation<Seq<Problem>, BasketService> v = BasketService.validate(ID, draft);

    List<String> paths = v.getError().map(p -> p.path() + "=" + p.code()).toJavaList();
    assertTrue(paths.contains("name=NAME_TOO_LONG"), paths.toString());
    assertTrue(paths.contains("description=DESCRIPTION_TOO_LONG"), paths.toString());
    assertTrue(paths.stream().anyMatch(p -> p.startsWith("access.territory[1]=TERYT")), paths.toString());
    assertTrue(paths.stream().anyMatch(p -> p.startsWith("access.fee=MONEY")), paths.toString());
    assertTrue(paths.contains("access.maxAge=AGE_RANGE_ORDER"), paths.toString());
    assertTrue(paths.contains("access.languages=LANGUAGE_CODE"), paths.toString());
    assertTrue(paths.contains("access.capacity=CAPACITY_NOT_POSITIVE"), paths.toString());
    assertTrue(paths.stream().anyMatch(p -> p.startsWith("contacts[0].email=")), paths.toString());
    assertTrue(paths.contains("until=UNTIL_BEFORE_SINCE"), paths.toString());
    assertEquals(9, paths.size(), paths.toString());
  }

  @Test
  void a_fee_without_the_fee_cost_is_refused_under_access() {
    Validation<Seq<Problem>, BasketService> v = BasketService.validate(ID,
        BasketSamples.full(PartnershipFixture.NGO).withCost(ParticipantCost.FREE));

    assertEquals(List.of("FEE_NOT_APPLICABLE"), codes(v));
    assertEquals("access.fee", v.getError().get(0).path());
  }

  @Test
  void every_problem_reads_in_polish_and_in_english() {
    Validation<Seq<Problem>, BasketService> v =
        BasketService.validate(ID, BasketServiceDraft.builder()
            .since(LocalDate.of(2026, 2, 1)).until(LocalDate.of(2026, 1, 1)).build());
    for (Problem p : v.getError()) {
      String pl = p.message(Locale.forLanguageTag("pl"));
      String en = p.message(Locale.ENGLISH);
      assertFalse(pl.isBlank());
      assertFalse(en.isBlank());
      assertNotEquals(pl, en, p.code());
      assertFalse(pl.contains("{"), pl);
    }
  }

  @Test
  void the_builder_checks_the_same_rules() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> BasketService
        .builder().id(ID).provider(PartnershipFixture.NGO).name(" ").since(LocalDate.of(2026, 2, 1))
        .until(LocalDate.of(2026, 1, 1)).lastVerifiedOn(LocalDate.of(2026, 2, 1)).build());
    assertEquals(List.of("NAME_EMPTY", "FIELDS_EMPTY", "CONTACTS_EMPTY", "UNTIL_BEFORE_SINCE"),
        e.problems().stream().map(Problem::code).toList());
  }

  @Test
  void a_full_draft_gives_a_service_with_every_part() {
    BasketService s = BasketService.validate(ID, BasketSamples.full(PartnershipFixture.NGO)).get();

    assertEquals(PartnershipFixture.NGO, s.provider());
    assertEquals(Optional.of(20), s.access().fee().map(m -> (int) (m.grosze() / 100)));
    assertEquals(Set.of("pl", "uk"), s.access().languages());
    assertEquals(2, s.contacts().size());
    assertTrue(s.inForceOn(LocalDate.of(2026, 1, 1)));
    assertTrue(s.inForceOn(LocalDate.of(2026, 12, 31)));
    assertFalse(s.inForceOn(LocalDate.of(2025, 12, 31)));
    assertFalse(s.inForceOn(LocalDate.of(2027, 1, 1)));
    assertFalse(s.withLastVerifiedOn(LocalDate.of(2026, 3, 1))
        .withWithdrawnOn(LocalDate.of(2026, 3, 1)).inForceOn(LocalDate.of(2026, 3, 1)));
    assertTrue(s.withWithdrawnOn(LocalDate.of(2026, 3, 1)).inForceOn(LocalDate.of(2026, 2, 28)));
  }

  @Test
  void draft_to_service_to_draft_gives_the_same_service() {
    Property.forAll("draft -> service -> draft round trip", rnd -> {
      BasketServiceDraft draft = randomDraft(rnd);
      BasketService service = BasketService.validate(ID, draft).get();
      BasketServiceDraft again = BasketServiceDraft.from(service);
      assertEquals(service, BasketService.validate(ID, again).get());
      assertEquals(again, BasketServiceDraft.from(BasketService.validate(ID, again).get()));
    });
  }

  private static final List<String> UNITS = List.of("1465088", "1465011", "14", "1465");

  static BasketServiceDraft randomDraft(Random rnd) {
    List<SocialServiceField> all = List.of(SocialServiceField.values());
    EnumSet<SocialServiceField> fields = EnumSet.of(all.get(rnd.nextInt(all.size())));
    if (rnd.nextBoolean()) {
      fields.add(all.get(rnd.nextInt(all.size())));
    }
    List<TargetGroup> groups = new ArrayList<>(TargetGroup.builtIn());
    Set<TargetGroup> chosen = new java.util.HashSet<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      chosen.add(groups.get(rnd.nextInt(groups.size())));
    }
    Optional<Integer> min = rnd.nextBoolean() ? Optional.of(rnd.nextInt(20)) : Optional.empty();
    Optional<Integer> max = rnd.nextBoolean() ? Optional.of(20 + rnd.nextInt(60)) : Optional.empty();
    ParticipantCost cost = ParticipantCost.values()[rnd.nextInt(ParticipantCost.values().length)];
    Optional<String> fee = cost == ParticipantCost.FEE && rnd.nextBoolean()
        ? Optional.of(rnd.nextInt(500) + "," + String.format("%02d", rnd.nextInt(100)))
        : Optional.empty();
    List<String> territory = new ArrayList<>();
    for (int i = rnd.nextInt(3); i > 0; i--) {
      String u = UNITS.get(rnd.nextInt(UNITS.size()));
      if (!territory.contains(u)) {
        territory.add(u);
      }
    }
    List<ContactPersonDraft> contacts = new ArrayList<>();
    for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
      contacts.add(rnd.nextBoolean()
          ? ContactPersonDraft.byEmail("Osoba " + i, "rola " + rnd.nextInt(9), "o" + i + "@x.example")
          : ContactPersonDraft.byPhone("Osoba " + i, "rola", "+48 22 " + (100 + rnd.nextInt(900)) + " 11 22"));
    }
    LocalDate since = LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(3000));
    return BasketServiceDraft.builder()
        .provider(OrganisationId.of(PartnershipFixture.uuid(rnd.nextInt(5))))
        .name("Usługa " + rnd.nextInt(1000))
        .description(rnd.nextBoolean() ? "opis " + rnd.nextInt() : "")
        .fields(fields)
        .minAge(min)
        .maxAge(max)
        .targetGroups(chosen)
        .territory(territory)
        .referral(rnd.nextBoolean() ? ReferralRule.OPEN_ACCESS : ReferralRule.REFERRAL_REQUIRED)
        .cost(cost)
        .fee(fee)
        .languages(rnd.nextBoolean() ? List.of("pl") : List.of("pl", "uk", "en").subList(0, 1 + rnd.nextInt(3)))
        .capacity(rnd.nextBoolean() ? Optional.of(1 + rnd.nextInt(50)) : Optional.empty())
        .accessDescription(rnd.nextBoolean() ? "warunki " + rnd.nextInt(99) : "")
        .contacts(contacts)
        .availability(rnd.nextBoolean() ? "wtorki" : "")
        .since(since)
        .until(rnd.nextBoolean() ? Optional.of(since.plusDays(rnd.nextInt(900))) : Optional.empty())
        .lastVerifiedOn(since.plusDays(rnd.nextInt(400) - 200))
        .build();
  }
}
