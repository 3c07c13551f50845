package pl.lsw.core.typology;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.organisation.OrganisationId;

/**
 * The relationship between two partners, e.g. two member organisations or a partner and the
 * partnership's leader (given by the leader's organisation id). The relationship has no
 * direction: {@code between(a, b)} equals {@code between(b, a)}; the two ids are kept in the order
 * of their values.
 *
 * <p>Immutable. Polish: <i>relacja (współpraca) dwóch partnerów</i>.
 *
 * @param first the partner with the lower id
 * @param second the partner with the higher id
 */
public record Relationship(OrganisationId first, OrganisationId second) {

  /**
   * Orders the two ids and refuses one organisation twice.
   *
   * @param first one partner
   * @param second the other partner
   * @throws InvalidInputException {@code RELATIONSHIP_SAME_PARTNER}
   */
  public Relationship {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.equals(second)) {
      throw new InvalidInputException(List.of(TypologyProblems.PROBLEMS.problem("",
          "RELATIONSHIP_SAME_PARTNER", "organisation", first)));
    }
    if (first.value().compareTo(second.value()) > 0) {
      OrganisationId swap = first;
      first = second;
      second = swap;
    }
  }

  /**
   * The relationship of two partners.
   *
   * @param one one partner
   * @param other the other partner
   * @return the relationship
   */
  public static Relationship between(OrganisationId one, OrganisationId other) {
    return new Relationship(one, other);
  }

  /**
   * Whether {@code organisation} is one of the two partners.
   *
   * @param organisation the organisation
   * @return true for either partner
   */
  public boolean involves(OrganisationId organisation) {
    return first.equals(organisation) || second.equals(organisation);
  }

  /**
   * The relationship for people, each partner by the name {@code names} gives it.
   *
   * @param names the partners' names by id, e.g. looked up in the organisation registry
   * @return {@code <first name> – <second name>}
   */
  public String display(Function<OrganisationId, String> names) {
    Objects.requireNonNull(names, "names");
    return names.apply(first) + " – " + names.apply(second);
  }

  /** @return {@code <first>–<second>} */
  @Override
  public String toString() {
    return first + "–" + second;
  }
}
