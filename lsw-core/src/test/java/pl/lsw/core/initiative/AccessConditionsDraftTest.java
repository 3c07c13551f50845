package pl.lsw.core.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.testing.Property;

class AccessConditionsDraftTest {

  @Test
  void every_problem_of_the_raw_conditions_is_listed_at_once_with_its_path() {
    AccessConditionsDraft draft = AccessConditionsDraft.builder().minAge(20).maxAge(10)
        .territory(List.of("1465011", "x")).cost(ParticipantCost.FREE).fee("abc")
        .languages(List.of("PL")).capacity(0).build();
    List<String> paths = draft.validate().getError().map(Problem::path).distinct().toJavaList();
    assertEquals(List.of("territory[1]", "fee", "maxAge", "languages", "capacity"), paths);
  }

  @Test
  void valid_conditions_round_trip_through_their_draft() {
    AccessConditions a = AccessConditions.builder().minAge(6).maxAge(13)
        .targetGroups(Set.of(TargetGroup.CHILDREN)).territory(Set.of(TerytCode.of("1465011")))
        .referral(ReferralRule.REFERRAL_REQUIRED).cost(ParticipantCost.FEE).fee(Money.of("20.05"))
        .languages(List.of("pl", "uk")).capacity(30).description("Skierowanie z CUS").build();
    assertEquals(a, AccessConditionsDraft.from(a).validate().get());
  }

  @Test
  void the_map_and_the_basket_forms_validate_access_the_same_way() {
    Property.forAll("map entry and basket access problems agree", rnd -> {
      AccessConditionsDraft access = AccessConditionsDraft.builder()
          .minAge(rnd.nextInt(200) - 20).maxAge(rnd.nextInt(200) - 20)
          .territory(List.of(rnd.nextBoolean() ? "1465011" : "14650"))
          .cost(ParticipantCost.values()[rnd.nextInt(3)]).fee(rnd.nextBoolean() ? "10,00" : "-1")
          .languages(List.of(rnd.nextBoolean() ? "pl" : "Polish")).build();
      List<String> direct = access.validate().fold(e -> e.map(Problem::code).toJavaList(),
          ok -> List.of());
      MapEntryDraft entry = MapEntryDraft.builder().minAge(access.minAge()).maxAge(access.maxAge())
          .territory(access.territory()).cost(access.cost()).fee(access.fee())
          .languages(access.languages()).source(EntrySource.INSIDE_LSW)
          .communityRole(CommunityRole.FOR_THE_COMMUNITY)
          .addedOn(java.time.LocalDate.of(2026, 1, 1)).build();
      List<String> viaEntry = entry.toMapEntry(MapEntryFixtures.ID).fold(
          e -> e.filter(p -> p.path().startsWith("access")).map(Problem::code).toJavaList(),
          ok -> List.of());
      assertEquals(direct, viaEntry);
      assertTrue(entry.access().equals(access));
    });
  }
}
