package pl.lsw.core.family.plan;

import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.basket.BasketService;
import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.Implementer;
import pl.lsw.core.initiative.InitiativeBase;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.initiative.MapEntry;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.PartnershipId;

/**
 * The sources of plan items read from the partnership's Initiative Bank and Local Service
 * Basket (see {@link PlanSourceLookup#coInforming}).
 *
 * <p>Thread-safe when the repositories are. Polish: <i>źródła pozycji planu w Banku Inicjatyw i
 * Koszyku Usług</i>.
 */
final class CoInformingPlanSources implements PlanSourceLookup {

  private final InitiativeBaseRepository bases;
  private final ServiceBasketRepository baskets;

  CoInformingPlanSources(InitiativeBaseRepository bases, ServiceBasketRepository baskets) {
    this.bases = Objects.requireNonNull(bases, "bases");
    this.baskets = Objects.requireNonNull(baskets, "baskets");
  }

  @Override
  public Optional<AccessConditions> accessConditions(PartnershipId partnership, PlanSource source) {
    if (source instanceof PlanSource.BankEntry bank) {
      return bankEntry(partnership, bank).map(MapEntry::access);
    }
    return basketService(partnership, (PlanSource.BasketService) source).map(BasketService::access);
  }

  @Override
  public Optional<OrganisationId> provider(PartnershipId partnership, PlanSource source) {
    if (source instanceof PlanSource.BankEntry bank) {
      return bankEntry(partnership, bank).flatMap(MapEntry::implementer)
          .filter(Implementer.Registered.class::isInstance)
          .map(i -> ((Implementer.Registered) i).organisation());
    }
    return basketService(partnership, (PlanSource.BasketService) source)
        .map(BasketService::provider);
  }

  private Optional<MapEntry> bankEntry(PartnershipId partnership, PlanSource.BankEntry source) {
    return bases.find(partnership).filter(b -> b.isRecommended(source.entry()))
        .flatMap(b -> b.entry(source.entry()));
  }

  private Optional<BasketService> basketService(PartnershipId partnership,
      PlanSource.BasketService source) {
    return baskets.find(partnership).flatMap(b -> b.service(source.service()))
        .filter(s -> !s.isWithdrawn());
  }
}
