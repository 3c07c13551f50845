package pl.lsw.core.evaluation.instrument;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;

/**
 * One benefit of cooperation recorded for a {@link StakeholderGroup} (seed 001 §2.3), e.g. "the
 * family assistants had a wider range of services to offer", with an optional indicator or
 * measure ("12 services from 5 partners in the Local Service Basket").
 *
 * <p>A benefit describes what changed for a group, never who: it holds no personal data of
 * families. Besides the text checks, a text with a run of seven or more digits (which could be a
 * PESEL, a phone or a NIP number) is refused ({@code BENEFIT_NUMBER}); write counts with fewer
 * digits or refer to families by their pseudonymous references in the family capability.
 *
 * <p>Rules, all reported at once: a group ({@code STAKEHOLDER_GROUP_MISSING}) and a date ({@code
 * BENEFIT_DATE_MISSING}); the description non-blank, trimmed, at most {@value #MAX_DESCRIPTION}
 * characters ({@code BENEFIT_DESCRIPTION_EMPTY}, {@code _UNTRIMMED}, {@code _TOO_LONG}); the
 * indicator, when given, likewise at most {@value #MAX_INDICATOR} ({@code BENEFIT_INDICATOR_…});
 * {@code BENEFIT_NUMBER} per text.
 *
 * <p>Immutable; stored as the group's code, the date and the two texts. Polish: <i>zapis korzyści
 * ze współpracy</i>.
 *
 * @param group the group that benefits
 * @param recordedOn the day the benefit was recorded
 * @param description what the benefit is
 * @param indicator an indicator or measure of it, or null
 */
public record BenefitRecord(StakeholderGroup group, LocalDate recordedOn, String description,
    String indicator) {

  /** The longest description accepted. */
  public static final int MAX_DESCRIPTION = 2000;

  /** The longest indicator accepted. */
  public static final int MAX_INDICATOR = 500;

  private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");

  /**
   * Checks the record.
   *
   * @param group the group
   * @param recordedOn the day
   * @param description the description
   * @param indicator the indicator, may be null
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public BenefitRecord {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requirePresent(problems, "group", "STAKEHOLDER_GROUP",
        Label.of("grupa interesariuszy", "stakeholder group"), group);
    TextChecks.requirePresent(problems, "recordedOn", "BENEFIT_DATE",
        Label.of("data zapisu", "date recorded"), recordedOn);
    TextChecks.requireText(problems, "description", "BENEFIT_DESCRIPTION",
        Label.of("opis korzyści", "description of the benefit"), description, MAX_DESCRIPTION);
    TextChecks.optionalText(problems, "indicator", "BENEFIT_INDICATOR",
        Label.of("wskaźnik korzyści", "indicator of the benefit"), indicator, MAX_INDICATOR);
    number(problems, "description", description);
    number(problems, "indicator", indicator);
    InstrumentProblems.throwIfAny(problems);
  }

  private static void number(List<Problem> problems, String path, String text) {
    if (text != null && LONG_NUMBER.matcher(text).find()) {
      problems.add(InstrumentProblems.PROBLEMS.problem(path, "BENEFIT_NUMBER"));
    }
  }

  /**
   * A benefit without an indicator.
   *
   * @param group the group
   * @param recordedOn the day
   * @param description the description
   * @return the record
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static BenefitRecord of(StakeholderGroup group, LocalDate recordedOn,
      String description) {
    return new BenefitRecord(group, recordedOn, description, null);
  }

  /**
   * A benefit with an indicator.
   *
   * @param group the group
   * @param recordedOn the day
   * @param description the description
   * @param indicator the indicator or measure
   * @return the record
   * @throws pl.lsw.core.kernel.InvalidInputException listing every problem
   */
  public static BenefitRecord of(StakeholderGroup group, LocalDate recordedOn, String description,
      String indicator) {
    return new BenefitRecord(group, recordedOn, description, indicator);
  }

  /**
   * A record rebuilt from stored values.
   *
   * @param groupCode the group's code, e.g. {@code "INSTITUTIONS"}
   * @param recordedOn the day
   * @param description the description
   * @param indicator the indicator, may be null
   * @return the record
   * @throws IllegalArgumentException when the code is unknown
   */
  public static BenefitRecord of(String groupCode, LocalDate recordedOn, String description,
      String indicator) {
    return new BenefitRecord(StakeholderGroup.valueOf(groupCode), recordedOn, description,
        indicator);
  }

  /**
   * The record, or every problem of it.
   *
   * @param group the group
   * @param recordedOn the day
   * @param description the description
   * @param indicator the indicator, may be null
   * @return the record or the problems
   */
  public static Validation<Seq<Problem>, BenefitRecord> validate(StakeholderGroup group,
      LocalDate recordedOn, String description, String indicator) {
    return InstrumentProblems.validation(
        () -> new BenefitRecord(group, recordedOn, description, indicator));
  }

  /** @return the indicator, if any */
  public Optional<String> indicatorIfAny() {
    return Optional.ofNullable(indicator);
  }
}
