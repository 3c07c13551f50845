package pl.lsw.core.initiative;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TextChecks;

/**
 * Raw input for {@link AccessConditions}, as typed into a form: TERYT codes and the fee as text,
 * nothing validated yet. {@link #validate()} reports every problem at once, with paths relative
 * to the conditions ({@code territory[0]}, {@code fee}, {@code minAge} …); the forms of the Map
 * of Local Potentials and of the Local Service Basket put them under {@code access}.
 *
 * <p>Polish: <i>formularz warunków dostępu</i>.
 */
@Value.Immutable
abstract class AbstractAccessConditionsDraft {

  /** The lowest age, if any. */
  public abstract Optional<Integer> minAge();

  /** The highest age, if any. */
  public abstract Optional<Integer> maxAge();

  /** The target groups admitted; empty for any group. */
  public abstract Set<TargetGroup> targetGroups();

  /** The TERYT codes of the units served, as written. */
  public abstract List<String> territory();

  /** Referral or open access; open access when absent. */
  public abstract Optional<ReferralRule> referral();

  /** The cost; free when absent. */
  public abstract Optional<ParticipantCost> cost();

  /** The fee as written (e.g. {@code "20,00"}); absent or blank for none. */
  public abstract Optional<String> fee();

  /** The ISO 639-1 codes of the languages (surrounding spaces are dropped). */
  public abstract List<String> languages();

  /** The capacity, if known. */
  public abstract Optional<Integer> capacity();

  /** The access conditions in words; blank for none. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The draft of existing conditions, to edit and validate again. */
  public static AccessConditionsDraft from(AccessConditions a) {
    return AccessConditionsDraft.builder()
        .minAge(a.minAge())
        .maxAge(a.maxAge())
        .targetGroups(a.targetGroups())
        .territory(a.territory().stream().map(TerytCode::value).toList())
        .referral(a.referral())
        .cost(a.cost())
        .fee(a.fee().map(Money::formatPlain))
        .languages(a.languages())
        .capacity(a.capacity())
        .description(a.description().orElse(""))
        .build();
  }

  /**
   * Validates the draft: each TERYT code, the fee, and the rules of {@link AccessConditions}.
   *
   * @return the conditions, or every problem
   */
  public Validation<Seq<Problem>, AccessConditions> validate() {
    List<Problem> problems = new ArrayList<>();
    Set<TerytCode> units = new LinkedHashSet<>();
    for (int i = 0; i < territory().size(); i++) {
      Validation<Seq<Problem>, TerytCode> unit = TerytCode.parse(territory().get(i));
      String path = "territory[" + i + "]";
      if (unit.isInvalid()) {
        unit.getError().forEach(p -> problems.add(p.under(path)));
      } else {
        units.add(unit.get());
      }
    }
    Optional<Money> parsedFee = Optional.empty();
    Optional<String> feeText = fee().flatMap(TextChecks::present);
    if (feeText.isPresent()) {
      Validation<Seq<Problem>, Money> money = Money.parse(feeText.get());
      if (money.isInvalid()) {
        money.getError().forEach(p -> problems.add(p.under("fee")));
      } else {
        parsedFee = Optional.of(money.get());
      }
    }
    ParticipantCost c = cost().orElse(ParticipantCost.FREE);
    List<String> codes = languages().stream().map(String::strip).toList();
    Optional<String> words = TextChecks.present(description());
    problems.addAll(AbstractAccessConditions.problemsOf(minAge(), maxAge(), c, parsedFee, codes,
        capacity(), words));
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(AccessConditions.builder()
        .minAge(minAge())
        .maxAge(maxAge())
        .targetGroups(targetGroups())
        .territory(units)
        .referral(referral().orElse(ReferralRule.OPEN_ACCESS))
        .cost(c)
        .fee(parsedFee)
        .languages(codes)
        .capacity(capacity())
        .description(words)
        .build());
  }
}
