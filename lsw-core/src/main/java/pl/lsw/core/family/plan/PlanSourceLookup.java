package pl.lsw.core.family.plan;

import java.util.Optional;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.organisation.OrganisationId;

/**
 * What the plans need to know of the sources of their items, answered by the Initiative Bank and
 * the Local Service Basket: the access conditions of a source (for {@code PLAN-ACCESS}) and its
 * provider (an item naming another provider is refused with {@code PLAN_ITEM_PROVIDER}). An
 * empty answer means "not known": nothing is checked then.
 *
 * <p>Polish: <i>odczyt źródeł pozycji planu</i>.
 */
public interface PlanSourceLookup {

  /**
   * The access conditions of a source.
   *
   * @param partnership the partnership whose plan names the source
   * @param source the source
   * @return the conditions, or empty when not known
   */
  Optional<AccessConditions> accessConditions(PartnershipId partnership, PlanSource source);

  /**
   * The organisation that provides a source.
   *
   * @param partnership the partnership whose plan names the source
   * @param source the source
   * @return the provider, or empty when not known
   */
  Optional<OrganisationId> provider(PartnershipId partnership, PlanSource source);

  /**
   * The lookup the library wires by default: a Bank entry is answered from the partnership's
   * Initiative Bank (its access conditions, and its implementer when it is a registered
   * organisation), a Basket service from the partnership's Local Service Basket; an entry of
   * the Map that is not in the Bank, or a withdrawn service, is not known.
   *
   * @param bases where the co-informing bases are kept
   * @param baskets where the Local Service Baskets are kept
   * @return the lookup
   */
  static PlanSourceLookup coInforming(pl.lsw.core.initiative.InitiativeBaseRepository bases,
      pl.lsw.core.basket.ServiceBasketRepository baskets) {
    return new CoInformingPlanSources(bases, baskets);
  }

  /**
   * A lookup that knows nothing: every answer is empty.
   *
   * @return the lookup
   */
  static PlanSourceLookup none() {
    return new PlanSourceLookup() {
      @Override
      public Optional<AccessConditions> accessConditions(PartnershipId partnership, PlanSource source) {
        return Optional.empty();
      }

      @Override
      public Optional<OrganisationId> provider(PartnershipId partnership, PlanSource source) {
        return Optional.empty();
      }
    };
  }
}
