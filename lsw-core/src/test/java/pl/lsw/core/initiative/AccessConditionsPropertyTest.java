package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.testing.Property;

class AccessConditionsPropertyTest {

  private static final List<TerytCode> UNITS = List.of(TerytCode.of("1465011"),
      TerytCode.of("1061011"), TerytCode.of("3261011"), TerytCode.of("0264011"),
      TerytCode.of("1201011"));
  private static final List<String> LANGUAGES = List.of("pl", "uk", "en", "ru", "de");

  /** Random conditions, each kind of condition set or not. */
  private static AccessConditions conditions(Random rnd) {
    AccessConditions.Builder b = AccessConditions.builder();
    if (rnd.nextBoolean()) {
      int min = rnd.nextInt(70);
      b.minAge(min);
      if (rnd.nextBoolean()) {
        b.maxAge(min + rnd.nextInt(50));
      }
    } else if (rnd.nextBoolean()) {
      b.maxAge(1 + rnd.nextInt(100));
    }
    if (rnd.nextBoolean()) {
      b.targetGroups(some(rnd, TargetGroup.builtIn()));
    }
    if (rnd.nextBoolean()) {
      b.territory(some(rnd, UNITS));
    }
    if (rnd.nextBoolean()) {
      b.languages(some(rnd, LANGUAGES));
    }
    b.referral(rnd.nextBoolean() ? ReferralRule.OPEN_ACCESS : ReferralRule.REFERRAL_REQUIRED);
    ParticipantCost cost = ParticipantCost.values()[rnd.nextInt(3)];
    b.cost(cost);
    if (cost == ParticipantCost.FEE && rnd.nextBoolean()) {
      b.fee(Money.ofGrosze(rnd.nextInt(10_000)));
    }
    if (rnd.nextBoolean()) {
      b.capacity(1 + rnd.nextInt(30));
    }
    return b.build();
  }

  private static <T> Set<T> some(Random rnd, List<T> from) {
    Set<T> out = new HashSet<>();
    int n = 1 + rnd.nextInt(from.size());
    while (out.size() < n) {
      out.add(from.get(rnd.nextInt(from.size())));
    }
    return out;
  }

  private static <T> T any(Random rnd, Set<T> from) {
    return new ArrayList<>(from).get(rnd.nextInt(from.size()));
  }

  /** A request built to meet every condition of {@code c}. */
  private static AccessRequest meeting(Random rnd, AccessConditions c) {
    int low = c.minAge().orElse(0);
    int high = c.maxAge().orElse(low + 40);
    AccessRequest r = AccessRequest.empty().withAge(low + rnd.nextInt(high - low + 1))
        .withReferralHeld(c.referral() == ReferralRule.REFERRAL_REQUIRED || rnd.nextBoolean());
    Set<TargetGroup> groups = new HashSet<>();
    groups.add(c.targetGroups().isEmpty() ? TargetGroup.SENIORS : any(rnd, c.targetGroups()));
    if (rnd.nextBoolean()) {
      groups.add(TargetGroup.builtIn().get(rnd.nextInt(TargetGroup.builtIn().size())));
    }
    r = r.withTargetGroups(groups);
    r = r.withUnit(c.territory().isEmpty() ? any(rnd, Set.copyOf(UNITS)) : any(rnd, c.territory()));
    return r.withLanguage(c.languages().isEmpty() ? "pl" : any(rnd, c.languages()));
  }

  private static List<String> codes(List<Problem> problems) {
    return problems.stream().map(Problem::code).toList();
  }

  @Test
  void a_request_built_to_meet_every_condition_is_always_accepted() {
    Property.forAll("a meeting request is accepted", 500, rnd -> {
      AccessConditions c = conditions(rnd);
      AccessRequest r = meeting(rnd, c);
      assertEquals(List.of(), c.accepts(r), c + " " + r);
      assertTrue(c.admits(r));
    });
  }

  @Test
  void violating_exactly_one_condition_gives_exactly_that_reason() {
    Property.forAll("one violation, one reason", 500, rnd -> {
      AccessConditions c = conditions(rnd);
      AccessRequest r = meeting(rnd, c);
      List<String> kinds = new ArrayList<>();
      if (c.minAge().orElse(0) > 0) {
        kinds.add("below");
      }
      if (c.maxAge().isPresent()) {
        kinds.add("above");
      }
      if (c.minAge().isPresent() || c.maxAge().isPresent()) {
        kinds.add("ageUnknown");
      }
      if (!c.targetGroups().isEmpty()) {
        kinds.add("group");
      }
      if (!c.territory().isEmpty()) {
        kinds.add("territoryUnknown");
        if (c.territory().size() < UNITS.size()) {
          kinds.add("territory");
        }
      }
      if (!c.languages().isEmpty()) {
        kinds.add("languageUnknown");
        kinds.add("language");
      }
      if (c.referral() == ReferralRule.REFERRAL_REQUIRED) {
        kinds.add("referral");
      }
      if (kinds.isEmpty()) {
        assertEquals(List.of(), c.accepts(AccessRequest.empty()), "no condition: " + c);
        return;
      }
      String kind = kinds.get(rnd.nextInt(kinds.size()));
      AccessRequest bad;
      String expected;
      switch (kind) {
        case "below" -> {
          bad = r.withAge(c.minAge().get() - 1 - rnd.nextInt(c.minAge().get()));
          expected = "ACCESS_AGE_BELOW";
        }
        case "above" -> {
          bad = r.withAge(c.maxAge().get() + 1 + rnd.nextInt(20));
          expected = "ACCESS_AGE_ABOVE";
        }
        case "ageUnknown" -> {
          bad = new AccessRequest(Optional.empty(), r.targetGroups(), r.unit(), r.language(),
              r.referralHeld());
          expected = "ACCESS_AGE_UNKNOWN";
        }
        case "group" -> {
          Set<TargetGroup> others = new HashSet<>(TargetGroup.builtIn());
          others.removeAll(c.targetGroups());
          bad = r.withTargetGroups(others.isEmpty() || rnd.nextBoolean() ? Set.of() : Set.of(any(rnd, others)));
          expected = "ACCESS_TARGET_GROUP";
        }
        case "territoryUnknown" -> {
          bad = new AccessRequest(r.age(), r.targetGroups(), Optional.empty(), r.language(),
              r.referralHeld());
          expected = "ACCESS_TERRITORY_UNKNOWN";
        }
        case "territory" -> {
          Set<TerytCode> others = new HashSet<>(UNITS);
          others.removeAll(c.territory());
          bad = r.withUnit(any(rnd, others));
          expected = "ACCESS_TERRITORY";
        }
        case "languageUnknown" -> {
          bad = new AccessRequest(r.age(), r.targetGroups(), r.unit(), Optional.empty(),
              r.referralHeld());
          expected = "ACCESS_LANGUAGE_UNKNOWN";
        }
        case "language" -> {
          bad = r.withLanguage("fr");
          expected = "ACCESS_LANGUAGE";
        }
        default -> {
          bad = r.withReferralHeld(false);
          expected = "ACCESS_REFERRAL";
        }
      }
      List<Problem> unmet = c.accepts(bad);
      assertEquals(List.of(expected), codes(unmet), kind + ": " + c + " " + bad);
      assertTrue(!unmet.get(0).message(Messages.POLISH).contains("{"), unmet.get(0).message(Messages.POLISH));
      assertTrue(!unmet.get(0).message(Locale.ENGLISH).contains("{"), unmet.get(0).message(Locale.ENGLISH));
    });
  }

  @Test
  void a_unit_within_a_served_county_is_accepted_and_one_outside_is_named() {
    AccessConditions c = AccessConditions.builder().territory(Set.of(TerytCode.of("1465"))).build();
    assertEquals(List.of(), c.accepts(AccessRequest.empty().withUnit(TerytCode.of("1465011"))));
    List<Problem> unmet = c.accepts(AccessRequest.empty().withUnit(TerytCode.of("3261011")));
    assertEquals(List.of("ACCESS_TERRITORY"), codes(unmet));
    assertEquals("The unit 3261011 lies outside the offer's area: 1465",
        unmet.get(0).message(Locale.ENGLISH));
  }

  @Test
  void unmet_conditions_read_in_polish_and_english() {
    AccessConditions c = AccessConditions.builder().minAge(60).languages(Set.of("pl", "uk"))
        .referral(ReferralRule.REFERRAL_REQUIRED).build();
    List<Problem> unmet = c.accepts(AccessRequest.empty().withAge(22).withLanguage("en"));
    assertEquals(List.of("ACCESS_AGE_BELOW", "ACCESS_LANGUAGE", "ACCESS_REFERRAL"), codes(unmet));
    assertEquals("Wiek 22 lata jest niższy niż najniższy przyjmowany: 60",
        unmet.get(0).message(Messages.POLISH));
    assertEquals("The age of 22 years is below the lowest accepted: 60",
        unmet.get(0).message(Locale.ENGLISH));
    assertEquals("Oferta wymaga skierowania, a go nie ma", unmet.get(2).message(Messages.POLISH));
  }

  @Test
  void every_rule_of_the_conditions_is_reported_at_once() {
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> AccessConditions
        .builder().minAge(40).maxAge(200).cost(ParticipantCost.FREE).fee(Money.ofZloty(10))
        .languages(Set.of("PL")).capacity(0).description(" x").build());
    Set<String> codes = new HashSet<>(codes(e.problems()));
    assertEquals(Set.of("AGE_RANGE_BOUNDS", "FEE_NOT_APPLICABLE", "LANGUAGE_CODE",
        "CAPACITY_NOT_POSITIVE", "ACCESS_DESCRIPTION_UNTRIMMED"), codes);
    assertThrows(InvalidInputException.class,
        () -> AccessConditions.builder().minAge(18).maxAge(17).build());
  }

  @Test
  void collections_are_copied() {
    Set<String> languages = new HashSet<>(Set.of("pl"));
    AccessConditions c = AccessConditions.builder().languages(languages).build();
    languages.add("uk");
    assertEquals(Set.of("pl"), c.languages());
    assertThrows(UnsupportedOperationException.class, () -> c.languages().add("en"));
    Set<TargetGroup> groups = new HashSet<>(Set.of(TargetGroup.YOUTH));
    AccessRequest r = AccessRequest.empty().withTargetGroups(groups);
    groups.clear();
    assertEquals(Set.of(TargetGroup.YOUTH), r.targetGroups());
  }
}
