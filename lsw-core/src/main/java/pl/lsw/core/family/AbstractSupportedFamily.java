package pl.lsw.core.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import pl.lsw.core.initiative.AccessRequest;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TerytLevel;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.PartnershipId;

/**
 * A family supported by a partnership, as the library knows it: only the pseudonymous {@link
 * FamilyReference} the embedding system gives it, the partnership that supports it, the day it
 * was selected for support, its consent (given on, withdrawn on), its need categories (fields of
 * social services and target groups), and the few facts that are not identifying and are needed
 * to match access conditions of services: the age in full years of the person the support is for
 * (never a birth date), the TERYT unit of residence at commune level (never an address), the
 * ISO 639-1 code of the language used, and whether a referral is held. It never holds a name, a
 * PESEL number, an address, a phone number or health data.
 *
 * <p>A family without consent in force ({@link #consentInForceOn(LocalDate)}) cannot get a plan
 * ({@code PLAN-CONSENT}). Rules, all reported at once by {@code build()} as {@link
 * pl.lsw.core.kernel.InvalidInputException}:
 *
 * <ul>
 *   <li>{@code FAMILY_CONSENT_ORDER}: the consent is withdrawn before it was given;
 *   <li>{@code FAMILY_AGE_BOUNDS}: an age outside 0 to {@value #MAX_AGE};
 *   <li>{@code FAMILY_UNIT_LEVEL}: the unit of residence is a voivodeship or a county, not a
 *       commune unit (7 digits);
 *   <li>{@code FAMILY_LANGUAGE_CODE}: a language that is not two lower-case letters.
 * </ul>
 *
 * <p>Immutable and thread-safe; carries {@link #version()} for optimistic locking. Polish:
 * <i>rodzina wspierana</i>.
 */
@Value.Immutable
abstract class AbstractSupportedFamily {

  /** The highest age accepted. */
  public static final int MAX_AGE = 150;

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

  /** The pseudonymous code of the family. */
  public abstract FamilyReference reference();

  /** The stored version: 0 for a family never stored, then 1, 2, ... */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The partnership that supports the family. */
  public abstract PartnershipId partnership();

  /** The day the family was selected for support. */
  public abstract LocalDate selectedOn();

  /** The day the family gave its consent. */
  public abstract LocalDate consentGivenOn();

  /** The day the family withdrew its consent, if it did. */
  public abstract Optional<LocalDate> consentWithdrawnOn();

  /** The fields of social services (UCUS art. 2) the family needs support in. */
  public abstract Set<SocialServiceField> needFields();

  /** The target groups the family or the person supported belongs to. */
  public abstract Set<TargetGroup> targetGroups();

  /** The age in full years of the person the support is for, if recorded (never a birth date). */
  public abstract Optional<Integer> age();

  /** The TERYT unit of residence at commune level (7 digits), if recorded (never an address). */
  public abstract Optional<TerytCode> residenceUnit();

  /** The ISO 639-1 code of the language the family uses, if recorded (e.g. {@code "uk"}). */
  public abstract Optional<String> language();

  /** Whether the family holds a referral (from a social worker, a court, a doctor ...). */
  @Value.Default
  public boolean referralHeld() {
    return false;
  }

  /**
   * Whether the consent is in force on a day: given on or before it, and not withdrawn on or
   * before it (a consent withdrawn on day D is no longer in force on D).
   *
   * @param day the day
   * @return whether the consent is in force
   */
  public boolean consentInForceOn(LocalDate day) {
    return !consentGivenOn().isAfter(day)
        && consentWithdrawnOn().map(w -> w.isAfter(day)).orElse(true);
  }

  /**
   * The family's recorded needs as a question to an offer's access conditions: the age, target
   * groups, unit of residence, language and referral.
   *
   * @return the access request
   */
  public AccessRequest accessRequest() {
    return new AccessRequest(age(), targetGroups(), residenceUnit(), language(), referralHeld());
  }

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (consentWithdrawnOn().isPresent() && consentWithdrawnOn().get().isBefore(consentGivenOn())) {
      problems.add(FamilyProblems.PROBLEMS.problem("consentWithdrawnOn", "FAMILY_CONSENT_ORDER",
          "given", consentGivenOn(), "withdrawn", consentWithdrawnOn().get()));
    }
    if (age().isPresent() && (age().get() < 0 || age().get() > MAX_AGE)) {
      problems.add(FamilyProblems.PROBLEMS.problem("age", "FAMILY_AGE_BOUNDS",
          "value", age().get(), "max", MAX_AGE));
    }
    if (residenceUnit().isPresent() && residenceUnit().get().level() != TerytLevel.COMMUNE_UNIT) {
      problems.add(FamilyProblems.PROBLEMS.problem("residenceUnit", "FAMILY_UNIT_LEVEL",
          "unit", residenceUnit().get().value()));
    }
    if (language().isPresent() && !LANGUAGE.matcher(language().get()).matches()) {
      problems.add(FamilyProblems.PROBLEMS.problem("language", "FAMILY_LANGUAGE_CODE",
          "value", language().get()));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }
}
