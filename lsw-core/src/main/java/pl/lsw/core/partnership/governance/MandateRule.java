package pl.lsw.core.partnership.governance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.Severity;
import pl.lsw.core.rules.SourceReference;

/**
 * {@code GOV-MANDATE} (MUST, seed 001 §5.1.1): a decision binds a partner only through a
 * representative holding a mandate. The one definition of the rule, over one decision: for each
 * organisation the decision binds (in a stable order), finding {@code noMandate} at {@code binds}
 * unless a member of the Steering Committee from that organisation holds a mandate and has a
 * position on the decision.
 *
 * <p>The partnership runs it when a decision is recorded (a finding refuses the decision with the
 * code {@code GOV-MANDATE}); the governance compliance report runs it for each decision in the
 * checked period.
 *
 * <p>Polish: <i>reguła upoważnienia do zobowiązywania partnera</i>.
 */
public final class MandateRule {

  /** The rule's code. */
  public static final String CODE = "GOV-MANDATE";

  /** The rule's definition: its code, severity, source and Polish and English messages. */
  public static final RuleDefinition DEFINITION = RuleDefinition.of(CODE, Severity.MUST,
      SourceReference.seed("001", "§5.1.1"), GovernanceProblems.PROBLEMS.bundle(), List.of(),
      "noMandate");

  /** The rule. */
  public static final Rule<Subject> RULE = Rule.of(DEFINITION, MandateRule::check);

  /** How an organisation whose name the subject does not know is named in messages. */
  static final Label UNNAMED_ORGANISATION =
      Label.of("organizacja spoza rejestru organizacji", "an organisation not in the registry");

  private MandateRule() {}

  /**
   * What {@code GOV-MANDATE} looks at in one decision.
   *
   * <p>Polish: <i>przedmiot reguły upoważnienia: jedna decyzja</i>.
   *
   * @param date the day of the decision, for messages (may be absent for a proposal lacking it)
   * @param subject what the decision is about, for messages
   * @param decision the decision, for reports (absent for a proposal without an id)
   * @param seats the seats of the Steering Committee, with their mandates
   * @param positions the positions taken on the decision
   * @param binds the organisations the decision is to bind
   * @param organisationOf the organisation each registered person acts for
   * @param organisationNames the names of the organisations, as far as they are known
   */
  public record Subject(Optional<LocalDate> date, String subject, Optional<DecisionId> decision,
      List<SteeringCommitteeMember> seats, List<MemberPosition> positions,
      Set<OrganisationId> binds, Map<PersonId, OrganisationId> organisationOf,
      Map<OrganisationId, String> organisationNames) {

    /** Copies the collections (null is read as empty). */
    public Subject {
      date = date == null ? Optional.empty() : date;
      subject = subject == null ? "" : subject;
      decision = decision == null ? Optional.empty() : decision;
      seats = seats == null ? List.of() : List.copyOf(seats);
      positions = positions == null ? List.of() : List.copyOf(positions);
      binds = binds == null ? Set.of()
          : Collections.unmodifiableSet(new LinkedHashSet<>(binds));
      organisationOf = organisationOf == null ? Map.of()
          : Collections.unmodifiableMap(new LinkedHashMap<>(organisationOf));
      organisationNames = organisationNames == null ? Map.of()
          : Collections.unmodifiableMap(new LinkedHashMap<>(organisationNames));
    }

    /**
     * The subject of a decision of a partnership whose people are {@code persons}.
     *
     * @param decision the decision
     * @param seats the seats of the Steering Committee
     * @param persons the partnership's people
     * @param organisationNames the names of the organisations, as far as they are known
     * @return the subject
     */
    public static Subject of(Decision decision, List<SteeringCommitteeMember> seats,
        List<Person> persons, Map<OrganisationId, String> organisationNames) {
      return new Subject(Optional.of(decision.date()), decision.subject(),
          Optional.of(decision.id()), seats, decision.positions(), decision.binds(),
          organisations(persons), organisationNames);
    }

    /** The organisation each person acts for. */
    public static Map<PersonId, OrganisationId> organisations(List<Person> persons) {
      Map<PersonId, OrganisationId> out = new LinkedHashMap<>();
      persons.forEach(p -> out.put(p.id(), p.organisation()));
      return out;
    }
  }

  private static List<Finding> check(Subject s, RuleContext ctx) {
    List<Finding> out = new ArrayList<>();
    Set<PersonId> voted = s.positions().stream().map(MemberPosition::person)
        .collect(Collectors.toSet());
    List<OrganisationId> bound = s.binds().stream()
        .sorted(Comparator.comparing(OrganisationId::toString)).toList();
    for (OrganisationId org : bound) {
      boolean represented = s.seats().stream().anyMatch(seat -> seat.mandate()
          && voted.contains(seat.person()) && org.equals(s.organisationOf().get(seat.person())));
      if (!represented) {
        Object name = s.organisationNames().containsKey(org) ? s.organisationNames().get(org)
            : UNNAMED_ORGANISATION;
        out.add(ctx.finding("binds", "noMandate", "from", s.date().orElse(null),
            "decision", s.decision().orElse(null), "subject", s.subject(), "organisation", name));
      }
    }
    return out;
  }
}
