package pl.lsw.core.initiative;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.ContactPersonDraft;
import pl.lsw.core.organisation.SocialServiceField;

/**
 * Raw input for an entry of the Map of Local Potentials, as typed into a form: texts, TERYT codes
 * and the fee as text, nothing validated yet. Blank texts mean "not given". Turn it into a
 * {@link MapEntry} with {@code MapEntry.validate(MapEntryId, MapEntryDraft)} ({@link MapEntryDraft#toMapEntry(MapEntryId)}), which reports every
 * problem at once.
 *
 * <p>Polish: <i>formularz pozycji Mapy Potencjałów Lokalnych</i>.
 */
@Value.Immutable
abstract class AbstractMapEntryDraft {

  /** The initiative's name. */
  @Value.Default
  public String name() {
    return "";
  }

  /** The implementer, if known (see {@link Implementer#outside} for one outside the registry). */
  public abstract Optional<Implementer> implementer();

  /** The description. */
  @Value.Default
  public String description() {
    return "";
  }

  /** The addressees. */
  public abstract Set<TargetGroup> addressees();

  /** The participation rules. */
  @Value.Default
  public String participationRules() {
    return "";
  }

  /** The service conditions or quality standards. */
  @Value.Default
  public String serviceConditions() {
    return "";
  }

  /** The fields of social services. */
  public abstract Set<SocialServiceField> fields();

  /** The place. */
  @Value.Default
  public String place() {
    return "";
  }

  /** The schedule or availability. */
  @Value.Default
  public String schedule() {
    return "";
  }

  /** The lowest age, if any. */
  public abstract Optional<Integer> minAge();

  /** The highest age, if any. */
  public abstract Optional<Integer> maxAge();

  /** The target groups of the access conditions. */
  public abstract Set<TargetGroup> accessGroups();

  /** The TERYT codes of the units served, as written. */
  public abstract List<String> territory();

  /** Referral or open access; open access when absent. */
  public abstract Optional<ReferralRule> referral();

  /** The cost; free when absent. */
  public abstract Optional<ParticipantCost> cost();

  /** The fee as written (e.g. {@code "20,00"}); absent or blank for none. */
  public abstract Optional<String> fee();

  /** The ISO 639-1 codes of the languages. */
  public abstract List<String> languages();

  /** The capacity, if known. */
  public abstract Optional<Integer> capacity();

  /** The access conditions in words. */
  @Value.Default
  public String accessDescription() {
    return "";
  }

  /** The contact people, in order. */
  public abstract List<ContactPersonDraft> contacts();

  /** The source; required. */
  public abstract Optional<EntrySource> source();

  /** The community role; required. */
  public abstract Optional<CommunityRole> communityRole();

  /** The day added; required. */
  public abstract Optional<LocalDate> addedOn();

  /** The day last verified, if ever. */
  public abstract Optional<LocalDate> lastVerifiedOn();

  /** The access conditions of this form, as their own draft. */
  public AccessConditionsDraft access() {
    return AccessConditionsDraft.builder()
        .minAge(minAge())
        .maxAge(maxAge())
        .targetGroups(accessGroups())
        .territory(territory())
        .referral(referral())
        .cost(cost())
        .fee(fee())
        .languages(languages())
        .capacity(capacity())
        .description(accessDescription())
        .build();
  }

  /** The draft of an existing entry, to edit and validate again. */
  public static MapEntryDraft from(MapEntry e) {
    AccessConditions a = e.access();
    return MapEntryDraft.builder()
        .name(e.name().orElse(""))
        .implementer(e.implementer())
        .description(e.description().orElse(""))
        .addressees(e.addressees())
        .participationRules(e.participationRules().orElse(""))
        .serviceConditions(e.serviceConditions().orElse(""))
        .fields(e.fields())
        .place(e.place().orElse(""))
        .schedule(e.schedule().orElse(""))
        .minAge(a.minAge())
        .maxAge(a.maxAge())
        .accessGroups(a.targetGroups())
        .territory(a.territory().stream().map(TerytCode::value).toList())
        .referral(a.referral())
        .cost(a.cost())
        .fee(a.fee().map(Money::formatPlain))
        .languages(a.languages())
        .capacity(a.capacity())
        .accessDescription(a.description().orElse(""))
        .contacts(e.contacts().stream().map(ContactPersonDraft::from).toList())
        .source(e.source())
        .communityRole(e.communityRole())
        .addedOn(e.addedOn())
        .lastVerifiedOn(e.lastVerifiedOn())
        .build();
  }

  /**
   * Validates the draft and builds the entry with the given id, collecting every problem.
   *
   * @param id the entry's id
   * @return the entry, or every problem
   */
  public Validation<Seq<Problem>, MapEntry> toMapEntry(MapEntryId id) {
    List<Problem> problems = new ArrayList<>();
    Optional<String> name = TextChecks.present(name());
    Optional<String> description = TextChecks.present(description());
    Optional<String> rules = TextChecks.present(participationRules());
    Optional<String> conditions = TextChecks.present(serviceConditions());
    Optional<String> place = TextChecks.present(place());
    Optional<String> schedule = TextChecks.present(schedule());
    AbstractMapEntry.texts(problems, name, description, rules, conditions, place, schedule);

    Optional<AccessConditions> conditionsOfAccess = parsed(problems, "access", access().validate());

    List<ContactPerson> contacts = new ArrayList<>();
    for (int i = 0; i < contacts().size(); i++) {
      parsed(problems, "contacts[" + i + "]", ContactPerson.validate(contacts().get(i)))
          .ifPresent(contacts::add);
    }
    TextChecks.requirePresent(problems, "source", "SOURCE", AbstractMapEntry.SOURCE,
        source().orElse(null));
    TextChecks.requirePresent(problems, "communityRole", "COMMUNITY_ROLE",
        AbstractMapEntry.COMMUNITY_ROLE, communityRole().orElse(null));
    TextChecks.requirePresent(problems, "addedOn", "ADDED_ON", AbstractMapEntry.ADDED_ON,
        addedOn().orElse(null));
    AbstractMapEntry.dates(problems, addedOn().orElse(null), lastVerifiedOn());
    if (!problems.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(problems));
    }
    return Validation.valid(MapEntry.builder()
        .id(id)
        .name(name)
        .implementer(implementer())
        .description(description)
        .addressees(addressees())
        .participationRules(rules)
        .serviceConditions(conditions)
        .fields(fields())
        .place(place)
        .schedule(schedule)
        .access(conditionsOfAccess.get())
        .contacts(contacts)
        .source(source().get())
        .communityRole(communityRole().get())
        .addedOn(addedOn().get())
        .lastVerifiedOn(lastVerifiedOn())
        .build());
  }

  private static <T> Optional<T> parsed(List<Problem> problems, String path,
      Validation<Seq<Problem>, T> v) {
    if (v.isInvalid()) {
      v.getError().forEach(p -> problems.add(p.under(path)));
      return Optional.empty();
    }
    return Optional.of(v.get());
  }
}
