package pl.lsw.core.partnership;

import static pl.lsw.core.partnership.CommandSupport.append;
import static pl.lsw.core.partnership.CommandSupport.created;
import static pl.lsw.core.partnership.CommandSupport.reason;
import static pl.lsw.core.partnership.CommandSupport.refuse;
import static pl.lsw.core.partnership.CommandSupport.required;
import static pl.lsw.core.partnership.CommandSupport.who;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.Decision;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.DecisionProposal;
import pl.lsw.core.partnership.governance.MandateRule;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MeetingDetails;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.SteeringCommittee;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.RuleContext;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * The record of a partnership's meetings and decisions, which is only ever appended to: a
 * recorded meeting or decision never changes, a correcting decision supersedes an earlier one.
 * Each command answers a new state of the partnership, or every reason; the partnership's
 * public commands delegate here.
 *
 * <p>Polish: <i>rejestr spotkań i decyzji partnerstwa</i>.
 */
final class MeetingsAndDecisions {

  private final Partnership partnership;
  private final PartnershipAccess access;

  MeetingsAndDecisions(Partnership partnership) {
    this.partnership = partnership;
    this.access = new PartnershipAccess(partnership);
  }

  /** See {@link Partnership#recordMeeting}. */
  Either<Refusal, Change<Partnership>> recordMeeting(ActingPerson actor, MeetingId id, MeetingDetails details,
      Instant now) {
    Objects.requireNonNull(details, "details");
    BodyId body = details.body().orElse(null);
    LocalDate date = details.date().orElse(null);
    java.time.Duration duration = details.duration().orElse(null);
    PersonId chair = details.chair().orElse(null);
    OrganisationId host = details.host().orElse(null);
    Optional<BodyKind> kind = body == null ? Optional.empty() : partnership.bodyKind(body);
    List<Problem> problems = kind.map(k -> access.meeting(actor, body, k))
        .orElseGet(() -> access.check(actor, Set.of(ActingRole.values()), Label.of("zapisanie spotkania",
        "record a meeting")));
    if (kind.isEmpty()) {
      problems.add(reason("body", "MEETING_BODY_UNKNOWN"));
    }
    if (id == null || partnership.meeting(id).isPresent()) {
      problems.add(reason("id", "MEETING_ID_TAKEN"));
    }
    required(problems, "date", "MEETING_DATE", Label.of("Dzień spotkania", "The meeting's day"), date);
    if (duration == null || duration.isNegative()
        || duration.isZero()) {
      problems.add(reason("duration", "MEETING_DURATION"));
    }
    if (chair == null || partnership.person(chair).isEmpty()) {
      problems.add(reason("chair", "MEETING_CHAIR_UNKNOWN"));
    }
    if (host == null || date != null && partnership.memberships().stream().noneMatch(
        m -> m.organisation().equals(host) && m.isActiveOn(date))) {
      problems.add(reason("host", "MEETING_HOST_NOT_MEMBER", "date", date));
    }
    for (PersonId attendee : details.attendees()) {
      if (attendee == null || partnership.person(attendee).isEmpty()) {
        problems.add(reason("attendees", "MEETING_ATTENDEE_UNKNOWN"));
      }
    }
    if (details.familyRepresentativesPresent() < 0) {
      problems.add(reason("familyRepresentativesPresent", "MEETING_FAMILY_COUNT_NEGATIVE",
          "count", details.familyRepresentativesPresent()));
    } else if (details.familyRepresentativesPresent() > 0 && !details.openToFamilies()) {
      problems.add(reason("familyRepresentativesPresent",
          "MEETING_FAMILIES_AT_CLOSED_MEETING", "count", details.familyRepresentativesPresent()));
    }
    TextChecks.refusePesel(problems, "agendaReference", "MEETING_AGENDA_REFERENCE",
        Label.of("Odnośnik do porządku obrad", "The reference to the agenda"),
        details.agendaReference().orElse(null));
    TextChecks.refusePesel(problems, "minutesReference", "MEETING_MINUTES_REFERENCE",
        Label.of("Odnośnik do protokołu", "The reference to the minutes"),
        details.minutesReference().orElse(null));
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    Meeting meeting = Meeting.builder().id(id).body(body).bodyKind(kind.get())
        .date(date).duration(duration).chair(chair)
        .host(host).attendees(details.attendees())
        .openToFamilies(details.openToFamilies())
        .familyRepresentativesPresent(details.familyRepresentativesPresent())
        .agendaReference(details.agendaReference())
        .minutesReference(details.minutesReference())
        .recordedBy(actor).recordedAt(now).build();
    return created(partnership.withMeetings(append(partnership.meetings(), meeting)), id,
        new MeetingRecorded(partnership.id(), actor, now, meeting));
  }

  /** See {@link Partnership#recordDecision}. */
  Either<Refusal, Change<Partnership>> recordDecision(ActingPerson actor, DecisionId id,
      DecisionProposal proposal, RuleEnvironment rules,
      Function<OrganisationId, Optional<String>> organisationName, Instant now) {
    List<Problem> problems = decisionProblems(actor, id, proposal, rules, organisationName, now);
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    Decision decision = newDecision(actor, id, proposal, null, now);
    return created(partnership.withDecisions(append(partnership.decisions(), decision)), id,
        new DecisionRecorded(partnership.id(), actor, now, decision));
  }

  /** See {@link Partnership#supersedeDecision}. */
  Either<Refusal, Change<Partnership>> supersedeDecision(ActingPerson actor, DecisionId id,
      DecisionId superseded, DecisionProposal proposal, RuleEnvironment rules,
      Function<OrganisationId, Optional<String>> organisationName, Instant now) {
    List<Problem> problems = decisionProblems(actor, id, proposal, rules, organisationName, now);
    if (superseded == null || partnership.decision(superseded).isEmpty()) {
      problems.add(reason("supersedes", "DECISION_SUPERSEDED_UNKNOWN"));
    } else if (partnership.isSuperseded(superseded)) {
      problems.add(reason("supersedes", "DECISION_ALREADY_SUPERSEDED", "date",
          partnership.decision(superseded).get().date(), "subject", partnership.decision(superseded).get().subject(),
          "byDate", partnership.supersededBy(superseded).get().date(),
          "bySubject", partnership.supersededBy(superseded).get().subject()));
    }
    if (!problems.isEmpty()) {
      return refuse(problems);
    }
    Decision decision = newDecision(actor, id, proposal, superseded, now);
    return Either.right(Change.created(partnership.withDecisions(append(partnership.decisions(), decision)), id,
        List.of(new DecisionRecorded(partnership.id(), actor, now, decision),
            new DecisionSuperseded(partnership.id(), actor, now, superseded, id))));
  }
  private Decision newDecision(ActingPerson actor, DecisionId id, DecisionProposal proposal,
      DecisionId supersedes, Instant now) {
    return Decision.builder().id(id).body(partnership.steeringCommittee().get().id())
        .meeting(proposal.meeting()).date(proposal.date().get())
        .subject(proposal.subject().get()).kind(proposal.kind().get())
        .proposer(proposal.proposer().get())
        .positions(proposal.positions()).binds(proposal.binds())
        .supersedes(Optional.ofNullable(supersedes)).recordedBy(actor).recordedAt(now).build();
  }
  private List<Problem> decisionProblems(ActingPerson actor, DecisionId id,
      DecisionProposal proposal, RuleEnvironment rules,
      Function<OrganisationId, Optional<String>> organisationName, Instant now) {
    Objects.requireNonNull(proposal, "proposal");
    Objects.requireNonNull(rules, "rules");
    Objects.requireNonNull(organisationName, "organisationName");
    List<Problem> problems = access.check(actor, Set.of(ActingRole.STEERING_COMMITTEE_CHAIR,
        ActingRole.STEERING_COMMITTEE_MEMBER), Label.of("podjęcie decyzji (decyduje tylko Komitet Sterujący)",
        "decide (only the Steering Committee decides)"));
    Optional<SteeringCommittee> committee = partnership.steeringCommittee();
    if (committee.isEmpty()) {
      problems.add(reason("", "SC_MISSING"));
    }
    if (id == null || partnership.decision(id).isPresent()) {
      problems.add(reason("id", "DECISION_ID_TAKEN"));
    }
    if (proposal.meeting().isPresent()) {
      Optional<Meeting> meeting = partnership.meeting(proposal.meeting().get());
      if (meeting.isEmpty()) {
        problems.add(reason("meeting", "DECISION_MEETING_UNKNOWN"));
      } else if (meeting.get().bodyKind() != BodyKind.STEERING_COMMITTEE) {
        problems.add(reason("meeting", "DECISION_MEETING_NOT_STEERING_COMMITTEE",
            "date", meeting.get().date(), "body", meeting.get().bodyKind()));
      }
    }
    required(problems, "date", "DECISION_DATE", Label.of("Dzień decyzji", "The decision's day"), proposal.date().orElse(null));
    TextChecks.requireText(problems, "subject", "DECISION_SUBJECT",
        Label.of("Przedmiot decyzji", "The decision's subject"), proposal.subject().orElse(null), Partnership.MAX_TEXT);
    required(problems, "kind", "DECISION_KIND", Label.of("Rodzaj decyzji", "The decision's kind"), proposal.kind().orElse(null));
    if (proposal.proposer().flatMap(partnership::person).isEmpty()) {
      problems.add(reason("proposer", "DECISION_PROPOSER_UNKNOWN"));
    }
    if (committee.isPresent()) {
      SteeringCommittee sc = committee.get();
      List<PersonId> voters = proposal.positions().stream().map(p -> p.person()).toList();
      for (PersonId voter : voters) {
        if (!sc.isMember(voter)) {
          problems.add(reason("positions", "DECISION_POSITION_NOT_MEMBER", "person", who(partnership, voter)));
        }
      }
      voters.stream().filter(v -> voters.indexOf(v) != voters.lastIndexOf(v)).distinct()
          .forEach(v -> problems.add(reason("positions", "DECISION_POSITION_REPEATED", "person", who(partnership, v))));
      for (SteeringCommitteeMember seat : sc.members()) {
        boolean current = partnership.person(seat.person()).map(p -> partnership.isActiveMember(p.organisation()))
            .orElse(false);
        if (current && !voters.contains(seat.person())) {
          problems.add(reason("positions", "DECISION_POSITION_MISSING", "person",
              partnership.person(seat.person()).get().name()));
        }
      }
      problems.addAll(mandateProblems(sc, id, proposal, rules, organisationName, now));
    }
    return problems;
  }
  /** The findings of {@code GOV-MANDATE} on the proposed decision, as reasons. */
  private List<Problem> mandateProblems(SteeringCommittee committee, DecisionId id,
      DecisionProposal proposal, RuleEnvironment rules,
      Function<OrganisationId, Optional<String>> organisationName, Instant now) {
    Map<OrganisationId, String> names = new LinkedHashMap<>();
    proposal.binds().forEach(org -> organisationName.apply(org).ifPresent(n -> names.put(org, n)));
    MandateRule.Subject subject = new MandateRule.Subject(proposal.date(),
        proposal.subject().orElse(""), Optional.ofNullable(id), committee.members(), proposal.positions(),
        proposal.binds(), MandateRule.Subject.organisations(partnership.persons()), names);
    LocalDate asOf = proposal.date().orElseGet(() -> LocalDate.ofInstant(now, ZoneOffset.UTC));
    RuleContext context = RuleContext.of(MandateRule.DEFINITION, asOf, rules.parameters(),
        rules.referenceData());
    return MandateRule.RULE.evaluate(subject, context).stream().filter(Finding::isViolation)
        .map(Finding::toProblem).toList();
  }
}
