package pl.lsw.core.initiative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TextChecks;

/**
 * The conditions of access to an offer, in a form a machine can read: an age range, target
 * groups, the territory served, referral or open access, the cost, the languages and the capacity,
 * with a free-text description beside them.
 *
 * <p>Polish: <i>warunki dostępu</i>.
 *
 * <p>An empty set of target groups, of territory or of languages means "no condition of this
 * kind". Rules, all reported at once by the builder's {@code build()} (as
 * {@link pl.lsw.core.kernel.InvalidInputException}) or by {@code MapEntry.validate(MapEntryId, MapEntryDraft)} ({@link MapEntryDraft#toMapEntry(MapEntryId)}):
 *
 * <ul>
 *   <li>ages from 0 to {@value #MAX_AGE} ({@code AGE_RANGE_BOUNDS}), the lowest not above the
 *       highest ({@code AGE_RANGE_ORDER});
 *   <li>languages are ISO 639-1 codes, two lower-case letters ({@code LANGUAGE_CODE});
 *   <li>the capacity, when known, is positive ({@code CAPACITY_NOT_POSITIVE});
 *   <li>a fee amount only with {@link ParticipantCost#FEE} and not negative
 *       ({@code FEE_NOT_APPLICABLE}, {@code FEE_NEGATIVE});
 *   <li>the description, when given, trimmed and at most {@value #MAX_DESCRIPTION} characters.
 * </ul>
 *
 * <p>{@link #accepts(AccessRequest)} lists the conditions a described need does not meet.
 */
@Value.Immutable
abstract class AbstractAccessConditions {

  /** The highest age accepted in a range. */
  public static final int MAX_AGE = 150;
  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION = 4000;

  static final Label DESCRIPTION =
      Label.of("Opis warunków dostępu", "The description of the access conditions");

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** The lowest age in full years, if there is one. */
  public abstract Optional<Integer> minAge();

  /** The highest age in full years, if there is one. */
  public abstract Optional<Integer> maxAge();

  /** The groups admitted (a need must belong to one of them); empty for any group. */
  public abstract Set<TargetGroup> targetGroups();

  /** The TERYT units served (a need must live within one of them); empty for anywhere. */
  public abstract Set<TerytCode> territory();

  /** Whether a referral is needed. */
  @Value.Default
  public ReferralRule referral() {
    return ReferralRule.OPEN_ACCESS;
  }

  /** What taking part costs. */
  @Value.Default
  public ParticipantCost cost() {
    return ParticipantCost.FREE;
  }

  /** The fee, for {@link ParticipantCost#FEE}, if stated. */
  public abstract Optional<Money> fee();

  /** The ISO 639-1 codes of the languages the offer is given in; empty when not stated. */
  public abstract Set<String> languages();

  /** How many participants it takes at a time, if known. */
  public abstract Optional<Integer> capacity();

  /** The conditions in words, if given. */
  public abstract Optional<String> description();

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  @Value.Check
  protected void check() {
    List<Problem> problems = problemsOf(minAge(), maxAge(), cost(), fee(), languages(), capacity(),
        description());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static List<Problem> problemsOf(Optional<Integer> minAge, Optional<Integer> maxAge,
      ParticipantCost cost, Optional<Money> fee, Iterable<String> languages,
      Optional<Integer> capacity, Optional<String> description) {
    List<Problem> problems = new ArrayList<>();
    ageBounds(problems, "minAge", minAge);
    ageBounds(problems, "maxAge", maxAge);
    if (minAge.isPresent() && maxAge.isPresent() && minAge.get() > maxAge.get()) {
      problems.add(InitiativeProblems.PROBLEMS.problem("maxAge", "AGE_RANGE_ORDER",
          "min", minAge.get(), "max", maxAge.get()));
    }
    if (fee.isPresent()) {
      if (cost != ParticipantCost.FEE) {
        problems.add(InitiativeProblems.PROBLEMS.problem("fee", "FEE_NOT_APPLICABLE",
            "cost", cost, "fee", fee.get()));
      } else if (fee.get().isNegative()) {
        problems.add(InitiativeProblems.PROBLEMS.problem("fee", "FEE_NEGATIVE", "fee", fee.get()));
      }
    }
    for (String l : languages) {
      if (l == null || !LANGUAGE.matcher(l).matches()) {
        problems.add(InitiativeProblems.PROBLEMS.problem("languages", "LANGUAGE_CODE", "value", l));
      }
    }
    if (capacity.isPresent() && capacity.get() <= 0) {
      problems.add(InitiativeProblems.PROBLEMS.problem("capacity", "CAPACITY_NOT_POSITIVE",
          "value", capacity.get()));
    }
    TextChecks.optionalText(problems, "description", "ACCESS_DESCRIPTION", DESCRIPTION,
        description.orElse(null), MAX_DESCRIPTION);
    return problems;
  }

  private static void ageBounds(List<Problem> problems, String path, Optional<Integer> age) {
    if (age.isPresent() && (age.get() < 0 || age.get() > MAX_AGE)) {
      problems.add(InitiativeProblems.PROBLEMS.problem(path, "AGE_RANGE_BOUNDS",
          "value", age.get(), "max", MAX_AGE));
    }
  }

  /**
   * The conditions a described need does not meet, each as a problem in Polish and English; empty
   * when every condition is met. Conditions checked, in this order: the age range
   * ({@code ACCESS_AGE_BELOW}, {@code ACCESS_AGE_ABOVE}, or {@code ACCESS_AGE_UNKNOWN} when the
   * request states no age), the target groups (the request belongs to none of them:
   * {@code ACCESS_TARGET_GROUP}), the territory ({@code ACCESS_TERRITORY}, or
   * {@code ACCESS_TERRITORY_UNKNOWN}), the languages ({@code ACCESS_LANGUAGE}, or
   * {@code ACCESS_LANGUAGE_UNKNOWN}) and the referral ({@code ACCESS_REFERRAL}). A condition the
   * offer does not set is always met. The cost and the capacity are information, not conditions
   * checked here.
   *
   * @param request the described need
   * @return the unmet conditions, in the order above
   */
  public List<Problem> accepts(AccessRequest request) {
    List<Problem> unmet = new ArrayList<>();
    if (minAge().isPresent() || maxAge().isPresent()) {
      if (request.age().isEmpty()) {
        unmet.add(InitiativeProblems.PROBLEMS.problem("age", "ACCESS_AGE_UNKNOWN"));
      } else {
        int age = request.age().get();
        if (minAge().isPresent() && age < minAge().get()) {
          unmet.add(InitiativeProblems.PROBLEMS.problem("age", "ACCESS_AGE_BELOW",
              "age", age, "min", minAge().get()));
        }
        if (maxAge().isPresent() && age > maxAge().get()) {
          unmet.add(InitiativeProblems.PROBLEMS.problem("age", "ACCESS_AGE_ABOVE",
              "age", age, "max", maxAge().get()));
        }
      }
    }
    if (!targetGroups().isEmpty()
        && request.targetGroups().stream().noneMatch(targetGroups()::contains)) {
      unmet.add(InitiativeProblems.PROBLEMS.problem("targetGroups", "ACCESS_TARGET_GROUP",
          "groups", sorted(targetGroups())));
    }
    if (!territory().isEmpty()) {
      if (request.unit().isEmpty()) {
        unmet.add(InitiativeProblems.PROBLEMS.problem("unit", "ACCESS_TERRITORY_UNKNOWN"));
      } else if (territory().stream().noneMatch(request.unit().get()::isWithin)) {
        unmet.add(InitiativeProblems.PROBLEMS.problem("unit", "ACCESS_TERRITORY",
            "unit", request.unit().get(), "territory",
            territory().stream().map(TerytCode::value).sorted().toList()));
      }
    }
    if (!languages().isEmpty()) {
      if (request.language().isEmpty()) {
        unmet.add(InitiativeProblems.PROBLEMS.problem("language", "ACCESS_LANGUAGE_UNKNOWN"));
      } else if (!languages().contains(request.language().get())) {
        unmet.add(InitiativeProblems.PROBLEMS.problem("language", "ACCESS_LANGUAGE",
            "language", request.language().get(), "languages", languages().stream().sorted().toList()));
      }
    }
    if (referral() == ReferralRule.REFERRAL_REQUIRED && !request.referralHeld()) {
      unmet.add(InitiativeProblems.PROBLEMS.problem("referralHeld", "ACCESS_REFERRAL"));
    }
    return List.copyOf(unmet);
  }

  /** Whether a described need meets every condition: {@link #accepts} is empty. */
  public boolean admits(AccessRequest request) {
    return accepts(request).isEmpty();
  }

  private static List<TargetGroup> sorted(Set<TargetGroup> groups) {
    return groups.stream().sorted(java.util.Comparator.comparing(TargetGroup::code)).toList();
  }
}
