package pl.lsw.core.family.plan;

import java.util.Optional;
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
   * @param source the source
   * @return the conditions, or empty when not known
   */
  Optional<AccessConditions> accessConditions(PlanSource source);

  /**
   * The organisation that provides a source.
   *
   * @param source the source
   * @return the provider, or empty when not known
   */
  Optional<OrganisationId> provider(PlanSource source);

  /**
   * A lookup that knows nothing: every answer is empty.
   *
   * @return the lookup
   */
  static PlanSourceLookup none() {
    return new PlanSourceLookup() {
      @Override
      public Optional<AccessConditions> accessConditions(PlanSource source) {
        return Optional.empty();
      }

      @Override
      public Optional<OrganisationId> provider(PlanSource source) {
        return Optional.empty();
      }
    };
  }
}
