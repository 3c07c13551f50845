package pl.lsw.core.initiative;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.TerytCode;

/**
 * A described need to be matched against an offer's {@link AccessConditions}: the age of the
 * person the offer would be for, the groups the person or family belongs to, where they live, the
 * language they speak and whether they hold a referral. It is a question asked of the map, never
 * stored: it names nobody.
 *
 * <p>Polish: <i>opis potrzeby (zapytanie o dostęp)</i>.
 *
 * @param age the age in full years, if known
 * @param targetGroups the groups the person or family belongs to; copied
 * @param unit the TERYT unit where they live, if known
 * @param language the ISO 639-1 code of the language they use, if known (e.g. {@code "uk"})
 * @param referralHeld whether they hold a referral
 */
public record AccessRequest(Optional<Integer> age, Set<TargetGroup> targetGroups,
    Optional<TerytCode> unit, Optional<String> language, boolean referralHeld) {

  /**
   * Refuses nulls and an age outside 0 to 150
   * ({@code AGE_RANGE_BOUNDS}, as {@link pl.lsw.core.kernel.InvalidInputException}); copies the
   * groups.
   */
  public AccessRequest {
    Objects.requireNonNull(age, "age");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(language, "language");
    targetGroups = Set.copyOf(targetGroups);
    if (age.isPresent() && (age.get() < 0 || age.get() > AbstractAccessConditions.MAX_AGE)) {
      throw new pl.lsw.core.kernel.InvalidInputException(java.util.List.of(
          InitiativeProblems.PROBLEMS.problem("age", "AGE_RANGE_BOUNDS", "value", age.get(),
              "max", AbstractAccessConditions.MAX_AGE)));
    }
  }

  /** A request that states nothing: no age, no group, no place, no language, no referral. */
  public static AccessRequest empty() {
    return new AccessRequest(Optional.empty(), Set.of(), Optional.empty(), Optional.empty(), false);
  }

  /** This request with the age. */
  public AccessRequest withAge(int years) {
    return new AccessRequest(Optional.of(years), targetGroups, unit, language, referralHeld);
  }

  /** This request with the groups. */
  public AccessRequest withTargetGroups(Set<TargetGroup> groups) {
    return new AccessRequest(age, groups, unit, language, referralHeld);
  }

  /** This request with the unit where they live. */
  public AccessRequest withUnit(TerytCode where) {
    return new AccessRequest(age, targetGroups, Optional.of(where), language, referralHeld);
  }

  /** This request with the language. */
  public AccessRequest withLanguage(String code) {
    return new AccessRequest(age, targetGroups, unit, Optional.of(code), referralHeld);
  }

  /** This request with or without a referral. */
  public AccessRequest withReferralHeld(boolean held) {
    return new AccessRequest(age, targetGroups, unit, language, held);
  }
}
