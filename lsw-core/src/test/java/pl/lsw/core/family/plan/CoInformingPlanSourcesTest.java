package pl.lsw.core.family.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.basket.BasketSamples;
import pl.lsw.core.basket.InMemoryServiceBaskets;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.Implementer;
import pl.lsw.core.initiative.InMemoryInitiativeBases;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.initiative.Recommendation;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.PersonId;

class CoInformingPlanSourcesTest {

  static final OrganisationId NGO = PartnershipFixture.NGO;

  @Test
  void bank_entries_and_basket_services_answer_their_access_conditions_and_provider() {
    PartnershipId p = PartnershipFixture.ID;
    AccessConditions seniors = AccessConditions.builder().targetGroups(java.util.Set.of(
        TargetGroup.SENIORS)).build();
    MapEntry inBank = entry(MapEntryId.of(new UUID(9, 1)), "Klub Seniora", seniors);
    MapEntry mapOnly = entry(MapEntryId.of(new UUID(9, 2)), "Sąsiedzi", seniors);
    InMemoryInitiativeBases bases = new InMemoryInitiativeBases();
    bases.save(InitiativeBase.builder().partnership(p).addEntries(inBank, mapOnly)
        .addRecommendations(new Recommendation(inBank.id(), LocalDate.of(2026, 2, 1),
            PersonId.of(new UUID(9, 9)), Optional.empty())).build());
    InMemoryServiceBaskets baskets = new InMemoryServiceBaskets();
    baskets.save(BasketSamples.everything());
    PlanSourceLookup lookup = PlanSourceLookup.coInforming(bases, baskets);

    PlanSource bank = new PlanSource.BankEntry(inBank.id());
    assertEquals(Optional.of(seniors), lookup.accessConditions(p, bank));
    assertEquals(Optional.of(NGO), lookup.provider(p, bank));
    assertEquals(Optional.empty(), lookup.provider(p, new PlanSource.BankEntry(mapOnly.id())),
        "an entry of the Map that is not in the Bank is not a source of plans");
    assertEquals(Optional.empty(), lookup.provider(PartnershipId.of(UUID.randomUUID()), bank),
        "another partnership's bank does not answer");

    PlanSource counselling = new PlanSource.BasketService(BasketSamples.COUNSELLING);
    assertEquals(Optional.of(NGO), lookup.provider(p, counselling));
    assertEquals(BasketSamples.everything().accessConditions(BasketSamples.COUNSELLING),
        lookup.accessConditions(p, counselling));
    assertEquals(Optional.empty(), lookup.provider(p, new PlanSource.BasketService(BasketSamples.CAMP)),
        "a withdrawn service is not a source");
  }

  private static MapEntry entry(MapEntryId id, String name, AccessConditions access) {
    return MapEntry.builder().id(id).name(name).implementer(Implementer.registered(NGO))
        .access(access).source(pl.lsw.core.initiative.EntrySource.INSIDE_LSW)
        .communityRole(pl.lsw.core.initiative.CommunityRole.FOR_THE_COMMUNITY)
        .addedOn(LocalDate.of(2026, 1, 10)).build();
  }
}
