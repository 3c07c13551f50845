package pl.lsw.core.initiative;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * An entry of the Map of Local Potentials: one offer (an initiative, a service, a place, a group)
 * available to families in the area of a local support system, with who carries it out, whom it
 * is for, how to take part, where and when, what it costs, and its machine-readable
 * {@link AccessConditions}.
 *
 * <p>Polish: <i>pozycja Mapy Potencjałów Lokalnych</i>.
 *
 * <p>The map gathers offers as they are found, so the five fields an entry of the Initiative Bank
 * needs — name, implementer, description, addressees and participation rules — may still be
 * missing here; rule {@code INI-COMPLETE} ({@link MapEntryRules#COMPLETE}) reports each missing
 * one. Rules checked on every entry, all at once, by {@code build()} (as
 * {@link pl.lsw.core.kernel.InvalidInputException}) or by {@code MapEntry.validate(MapEntryId, MapEntryDraft)} ({@link MapEntryDraft#toMapEntry(MapEntryId)}):
 *
 * <ul>
 *   <li>the name, when given, trimmed and at most {@value #MAX_NAME} characters; the description,
 *       participation rules, service conditions, place and schedule, when given, trimmed and at
 *       most {@value #MAX_TEXT} characters;
 *   <li>the last verification not before the day the entry was added
 *       ({@code VERIFIED_BEFORE_ADDED});
 *   <li>the rules of {@link AccessConditions}.
 * </ul>
 *
 * <p>The entry holds no personal data of families; its contact people are professional
 * contacts of the implementer. Immutable: collections are copied.
 */
@Value.Immutable
abstract class AbstractMapEntry {

  /** The longest name accepted. */
  public static final int MAX_NAME = 500;
  /** The longest descriptive text accepted. */
  public static final int MAX_TEXT = 4000;

  static final Label NAME = Label.of("Nazwa inicjatywy", "The initiative's name");
  static final Label IMPLEMENTER = Label.of("Dane realizatora", "The implementer's data");
  static final Label DESCRIPTION = Label.of("Opis", "The description");
  static final Label ADDRESSEES = Label.of("Adresaci", "The addressees");
  static final Label PARTICIPATION_RULES =
      Label.of("Zasady uczestnictwa", "The participation rules");
  static final Label SERVICE_CONDITIONS =
      Label.of("Warunki realizacji usługi i standardy jakości",
          "The service conditions and quality standards");
  static final Label PLACE = Label.of("Miejsce", "The place");
  static final Label SCHEDULE = Label.of("Harmonogram lub dostępność", "The schedule or availability");
  static final Label SOURCE = Label.of("Źródło pozycji", "The entry's source");
  static final Label COMMUNITY_ROLE = Label.of("Rola społeczności", "The community's role");
  static final Label ADDED_ON = Label.of("Data dodania", "The day the entry was added");

  /** The id. */
  public abstract MapEntryId id();

  /** The initiative's name, e.g. {@code "Klub Rodzica przy SP 3"}, if given. */
  public abstract Optional<String> name();

  /** Who carries it out, if known. */
  public abstract Optional<Implementer> implementer();

  /** What it is, if described. */
  public abstract Optional<String> description();

  /** Whom it is for (descriptive); empty while not stated. */
  public abstract Set<TargetGroup> addressees();

  /** How to take part, in words, if given. */
  public abstract Optional<String> participationRules();

  /** The service conditions or quality standards, if given. */
  public abstract Optional<String> serviceConditions();

  /** The fields of social services it belongs to (UCUS art. 2); may be empty. */
  public abstract Set<SocialServiceField> fields();

  /** Where it takes place, in words, if given. */
  public abstract Optional<String> place();

  /** When it takes place or when it is available, in words, if given. */
  public abstract Optional<String> schedule();

  /** The conditions of access, readable by a machine. */
  @Value.Default
  public AccessConditions access() {
    return AccessConditions.builder().build();
  }

  /** The professional contact people, in the order given; may be empty. */
  public abstract List<ContactPerson> contacts();

  /** Where the entry comes from. */
  public abstract EntrySource source();

  /** Whether it is bottom-up activity of the community or done for it. */
  public abstract CommunityRole communityRole();

  /** The day the entry was added to the map. */
  public abstract LocalDate addedOn();

  /** The day it was last verified, if ever. */
  public abstract Optional<LocalDate> lastVerifiedOn();

  /** The TERYT units served: those of {@link #access()}. */
  public Set<TerytCode> territory() {
    return access().territory();
  }

  /** What taking part costs: that of {@link #access()}. */
  public ParticipantCost cost() {
    return access().cost();
  }

  /** The fee, if stated: that of {@link #access()}. */
  public Optional<Money> fee() {
    return access().fee();
  }

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    texts(problems, name(), description(), participationRules(), serviceConditions(), place(),
        schedule());
    dates(problems, addedOn(), lastVerifiedOn());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  static void texts(List<Problem> problems, Optional<String> name, Optional<String> description,
      Optional<String> participationRules, Optional<String> serviceConditions,
      Optional<String> place, Optional<String> schedule) {
    TextChecks.optionalText(problems, "name", "NAME", NAME, name.orElse(null), MAX_NAME);
    TextChecks.optionalText(problems, "description", "DESCRIPTION", DESCRIPTION,
        description.orElse(null), MAX_TEXT);
    TextChecks.optionalText(problems, "participationRules", "PARTICIPATION_RULES",
        PARTICIPATION_RULES, participationRules.orElse(null), MAX_TEXT);
    TextChecks.optionalText(problems, "serviceConditions", "SERVICE_CONDITIONS",
        SERVICE_CONDITIONS, serviceConditions.orElse(null), MAX_TEXT);
    TextChecks.optionalText(problems, "place", "PLACE", PLACE, place.orElse(null), MAX_TEXT);
    TextChecks.optionalText(problems, "schedule", "SCHEDULE", SCHEDULE, schedule.orElse(null),
        MAX_TEXT);
  }

  static void dates(List<Problem> problems, LocalDate addedOn, Optional<LocalDate> lastVerifiedOn) {
    if (addedOn != null && lastVerifiedOn.isPresent() && lastVerifiedOn.get().isBefore(addedOn)) {
      problems.add(InitiativeProblems.PROBLEMS.problem("lastVerifiedOn", "VERIFIED_BEFORE_ADDED",
          "verified", lastVerifiedOn.get(), "added", addedOn));
    }
  }

  /**
   * Validates raw input and builds the entry with the given id, collecting every problem: texts
   * (blank ones mean "not given"), the implementer, each TERYT code of the territory (paths
   * {@code access.territory[0]}, ...), the fee, the access conditions (paths {@code access.*}),
   * each contact person ({@code contacts[0].email}, ...), the source, community role and day
   * added (required) and the order of the dates.
   *
   * @param id the entry's id
   * @param draft the raw input
   * @return the entry, or every problem
   */
  public static Validation<Seq<Problem>, MapEntry> validate(MapEntryId id, MapEntryDraft draft) {
    return draft.toMapEntry(id);
  }
}
