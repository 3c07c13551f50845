package pl.lsw.core.access;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import pl.lsw.core.Lsw;
import pl.lsw.core.financing.FinancingFixtures;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.kernel.Actor;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;
import pl.lsw.core.organisation.OrganisationDraft;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.StandardRules;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.CooperationLevel;
import pl.lsw.core.evaluation.CooperationRecord;
import pl.lsw.core.evaluation.NetworkAddedValue;
import pl.lsw.core.evaluation.NetworkSurvey;
import pl.lsw.core.evaluation.Ratio;
import pl.lsw.core.evaluation.RelationshipRating;
import pl.lsw.core.evaluation.Review;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.EvidenceNote;
import pl.lsw.core.evaluation.instrument.Grade;
import pl.lsw.core.evaluation.instrument.LearningDimension;
import pl.lsw.core.evaluation.instrument.LearningPosition;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.evaluation.instrument.LearningTrait;
import pl.lsw.core.evaluation.instrument.Principle;
import pl.lsw.core.evaluation.instrument.PrincipleRating;
import pl.lsw.core.evaluation.instrument.PrinciplesSelfAssessment;
import pl.lsw.core.evaluation.instrument.SolidarityCapital;
import pl.lsw.core.evaluation.instrument.SolidarityDimension;
import pl.lsw.core.evaluation.instrument.StakeholderGroup;
import pl.lsw.core.evaluation.instrument.SwotItem;
import pl.lsw.core.evaluation.instrument.SwotPerspective;
import pl.lsw.core.evaluation.instrument.SwotQuadrant;
import pl.lsw.core.evaluation.instrument.SwotRecord;
import pl.lsw.core.evaluation.record.DatedAddedValue;
import pl.lsw.core.evaluation.record.DatedNetworkSurvey;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.PlannedGrantBudget;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.AnnulmentReason;
import pl.lsw.core.financing.competition.Award;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.contract.Amendment;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.contract.CostShift;
import pl.lsw.core.financing.contract.FinalReport;
import pl.lsw.core.financing.contract.GrantReturn;
import pl.lsw.core.financing.contract.MisuseFinding;
import pl.lsw.core.financing.contract.ReturnKind;
import pl.lsw.core.financing.initiative.ProposalDecision;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.smallgrant.Comment;
import pl.lsw.core.financing.smallgrant.CommentAuthorKind;
import pl.lsw.core.financing.smallgrant.Consideration;
import pl.lsw.core.financing.smallgrant.ConsiderationOutcome;
import pl.lsw.core.financing.smallgrant.Publication;
import pl.lsw.core.initiative.ActionId;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.ConsortiumReport;
import pl.lsw.core.partnership.MatterId;
import pl.lsw.core.partnership.governance.BodyId;
import pl.lsw.core.partnership.governance.DecisionId;
import pl.lsw.core.partnership.governance.MeetingId;
import pl.lsw.core.process.EvidenceReference;
import pl.lsw.core.process.StandardProcesses;
import pl.lsw.core.typology.Assessor;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.InteractionKind;
import pl.lsw.core.typology.LadderAssessment;
import pl.lsw.core.typology.Ladders;
import pl.lsw.core.typology.Relationship;
import pl.lsw.core.typology.RelationshipAssessment;
import pl.lsw.core.typology.SimilarityRating;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static pl.lsw.core.access.AccessWorld.*;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import pl.lsw.core.partnership.governance.PersonDetails;
import pl.lsw.core.partnership.governance.SteeringCommitteeMember;
import pl.lsw.core.partnership.governance.CooperationTeamMember;
import pl.lsw.core.partnership.governance.CooperationModelRole;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.MatterStatus;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.MembershipRole;

/**
 * Who may give which command: every public command of every service × every role the library
 * knows, as a table. A cell says what the library answers when that role gives that command:
 *
 * <ul>
 *   <li>{@code P}: permitted (the command is accepted, or refused for its input or state only,
 *       never for who gives it);
 *   <li>{@code -}: the command's parameter type does not take this kind of actor (the compiler
 *       refuses it);
 *   <li>anything else: refused for who gives it, with the code the legend below names; such a
 *       refused command is proven to change nothing (the state read before and after is equal)
 *       and to publish no event.
 * </ul>
 *
 * <p>The roles: {@code OFF} an official of the body that owns the aggregate, {@code OFF_X} an
 * official of another body, {@code REP} the representative of the organisation the aggregate is
 * about, {@code REP_X} the representative of another organisation, {@code CLERK} a registry clerk;
 * people of the partnership, each acting in a role they hold: {@code SC_CH} the Steering
 * Committee chair (<i>przewodniczący Komitetu Sterującego</i>), {@code SC_M} a Steering Committee
 * member (<i>członek KS</i>), {@code TT_MG} the Task Team Manager (<i>Kierownik Zespołu
 * Zadaniowego</i>), {@code TT_M} a Task Team member (<i>członek ZZ</i>), {@code MEMB} the
 * representative of a member organisation without a body role (<i>przedstawiciel partnera</i>),
 * {@code STRG} a stranger: a person not registered in the partnership.
 */
public class AccessMatrixTest {

  /**
   * A new, empty store for one cell of the table: the library's test store here; a store module
   * runs the same table on its own store by overriding this.
   *
   * @return the store
   */
  protected pl.lsw.core.store.port.LswStore emptyStore() {
    return pl.lsw.core.TestStores.inMemory();
  }

  /** The codes of the cells' refusals. */
  static final Map<String, String> LEGEND = Map.ofEntries(
      Map.entry("BODY", "OFFICIAL_OF_ANOTHER_BODY"),
      Map.entry("ORG", "REPRESENTATIVE_OF_ANOTHER_ORGANISATION"),
      Map.entry("FROLE", "FINANCING_ROLE_NOT_ALLOWED"),
      Map.entry("UNKN", "ACTOR_UNKNOWN"),
      Map.entry("ROLE", "ACTOR_ROLE_NOT_ALLOWED"),
      Map.entry("HELD", "ACTOR_ROLE_NOT_HELD"),
      Map.entry("LEADR", "ACTOR_NOT_LEADER_REPRESENTATIVE"),
      Map.entry("NBODY", "ACTOR_NOT_IN_BODY"),
      Map.entry("PROV", "ACTOR_NOT_PROVIDER"),
      Map.entry("CONS", "ACTOR_NOT_IN_CONSORTIUM"),
      Map.entry("PROC", "PROCESS_ACCESS_DENIED"),
      Map.entry("PLAN", "PLAN_ACCESS_DENIED"));

  /** Every code that refuses a command for who gives it. */
  static final Set<String> ACCESS_CODES = Set.copyOf(LEGEND.values());

  enum Role { OFF, OFF_X, REP, REP_X, CLERK, SC_CH, SC_M, TT_MG, TT_M, MEMB, STRG }

  static final Map<Role, Actor> ACTORS = Map.ofEntries(
      Map.entry(Role.OFF, OFFICIAL), Map.entry(Role.OFF_X, OTHER_OFFICIAL),
      Map.entry(Role.REP, REPRESENTATIVE), Map.entry(Role.REP_X, OTHER_REPRESENTATIVE),
      Map.entry(Role.CLERK, CLERK), Map.entry(Role.SC_CH, SC_CHAIR), Map.entry(Role.SC_M, SC_MEMBER),
      Map.entry(Role.TT_MG, TT_MANAGER), Map.entry(Role.TT_M, TT_MEMBER),
      Map.entry(Role.MEMB, MEMBER), Map.entry(Role.STRG, STRANGER));

  static final String MATRIX = """
      command                                   | OFF | OFF_X | REP | REP_X | CLERK | SC_CH | SC_M  | TT_MG | TT_M  | MEMB  | STRG
      organisations.register                    | -   | -     | -   | -     | P     | -     | -     | -     | -     | -     | -
      organisations.update                      | -   | -     | -   | -     | P     | -     | -     | -     | -     | -     | -
      partnerships.found                        | -   | -     | -   | -     | -     | -     | -     | -     | -     | -     | -
      partnerships.admitMember                  | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.admitFormalMember            | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.admitInformalPartner         | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.endMembership                | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.registerPerson               | -   | -     | -   | -     | -     | P     | P     | ROLE  | P     | P     | UNKN
      partnerships.setUpSteeringCommittee       | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.changeSteeringCommittee      | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.setUpTaskTeam                | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.changeTaskTeam               | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.setUpConsortium              | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.changeConsortium             | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.setUpCooperationTeam         | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.changeCooperationTeam        | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.appointNetworkWorkers        | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      partnerships.raiseMatter                  | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | UNKN
      partnerships.changeMatterStatus           | -   | -     | -   | -     | -     | P     | P     | P     | ROLE  | ROLE  | UNKN
      partnerships.recordMeeting                | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | ROLE  | UNKN
      partnerships.recordDecision               | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | ROLE  | UNKN
      partnerships.supersedeDecision            | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | ROLE  | UNKN
      partnerships.composeLocalPact             | -   | -     | -   | -     | -     | P     | P     | ROLE  | ROLE  | LEADR | UNKN
      processes.start                           | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | PROC
      processes.completeStep                    | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | PROC
      processes.startNextIteration              | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | PROC
      processes.recordStandingTaskActivity      | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | PROC
      smallGrants.receive                       | P   | BODY  | P   | ORG   | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE
      smallGrants.publish                       | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      smallGrants.receiveComment                | P   | P     | P   | P     | P     | P     | P     | P     | P     | P     | P
      smallGrants.considerComment               | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      smallGrants.closeCommentPeriod            | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      smallGrants.signContract                  | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      smallGrants.refuse                        | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      smallGrants.withdraw                      | -   | -     | P   | ORG   | -     | -     | -     | -     | -     | -     | -
      smallGrants.planBudget                    | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      competitions.create                       | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      competitions.announce                     | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      competitions.receiveOffer                 | P   | BODY  | P   | ORG   | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE
      competitions.appointCommittee             | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      competitions.closeOffers                  | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      competitions.assess                       | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      competitions.decide                       | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      competitions.annul                        | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      contracts.sign                            | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      contracts.signForAward                    | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      contracts.amend                           | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      contracts.shiftCost                       | P   | BODY  | P   | ORG   | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE
      contracts.demandPartialReport             | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      contracts.submitPartialReport             | -   | -     | P   | ORG   | -     | -     | -     | -     | -     | -     | -
      contracts.submitFinalReport               | -   | -     | P   | ORG   | -     | -     | -     | -     | -     | -     | -
      contracts.recordMisuse                    | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      contracts.recordReturn                    | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      ownInitiativeProposals.receive            | P   | BODY  | P   | ORG   | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE | FROLE
      ownInitiativeProposals.assess             | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      cooperationProgrammes.record              | P   | BODY  | -   | -     | -     | -     | -     | -     | -     | -     | -
      initiatives.addEntry                      | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | UNKN
      initiatives.changeEntry                   | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | UNKN
      initiatives.removeEntry                   | -   | -     | -   | -     | -     | ROLE  | ROLE  | P     | P     | ROLE  | UNKN
      initiatives.recommend                     | -   | -     | -   | -     | -     | P     | P     | P     | P     | P     | UNKN
      initiatives.withdrawRecommendation        | -   | -     | -   | -     | -     | ROLE  | ROLE  | P     | P     | ROLE  | UNKN
      initiatives.startAction                   | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      initiatives.changeActionStatus            | -   | -     | -   | -     | -     | ROLE  | ROLE  | P     | P     | ROLE  | UNKN
      initiatives.recordConsortiumReport        | -   | -     | -   | -     | -     | ROLE  | ROLE  | P     | P     | ROLE  | UNKN
      initiatives.removeAction                  | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      initiatives.recordVerificationRound       | -   | -     | -   | -     | -     | ROLE  | ROLE  | P     | P     | ROLE  | UNKN
      basket.addService                         | -   | -     | -   | -     | -     | PROV  | P     | P     | P     | P     | UNKN
      basket.changeService                      | -   | -     | -   | -     | -     | PROV  | P     | P     | P     | P     | UNKN
      basket.withdrawService                    | -   | -     | -   | -     | -     | PROV  | P     | P     | P     | P     | UNKN
      basket.verifyService                      | -   | -     | -   | -     | -     | PROV  | P     | P     | P     | P     | UNKN
      basket.agree                              | -   | -     | -   | -     | -     | P     | ROLE  | P     | ROLE  | ROLE  | UNKN
      information.send                          | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      contactBases.addExternalContact           | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      contactBases.changeExternalContact        | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      contactBases.removeExternalContact        | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      plans.recordFamily                        | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      plans.withdrawConsent                     | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      plans.prepare                             | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      plans.addItem                             | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | P     | PLAN
      plans.changeItem                          | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | P     | PLAN
      plans.removeItem                          | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      plans.scheduleReview                      | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      plans.recordReview                        | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      plans.putInForce                          | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      plans.close                               | -   | -     | -   | -     | -     | PLAN  | PLAN  | P     | P     | PLAN  | PLAN
      evaluation.addRelationshipAssessment      | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addLadderAssessment            | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addInteraction                 | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addNetworkSurvey               | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addSurveyWave                  | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addResource                    | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addReview                      | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addPrinciplesSelfAssessment    | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addLearningProfile             | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addBenefit                     | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addSwot                        | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addSolidarityCapital           | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addAddedValue                  | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.addLadderAssessmentFromRecords | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.correct                        | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      evaluation.withdraw                       | -   | -     | -   | -     | -     | P     | P     | P     | P     | ROLE  | UNKN
      """;

  // ------------------------------------------------------------------ the commands

  /** How a row gives its command, and what it reads to prove that a refusal changed nothing. */
  record Row(String command, Set<Role> takes,
      BiFunction<AccessWorld, Actor, Either<Refusal, ?>> run, Function<AccessWorld, Object> state) {}

  static final Set<Role> OFFICIALS = EnumSet.of(Role.OFF, Role.OFF_X);
  static final Set<Role> REPRESENTATIVES = EnumSet.of(Role.REP, Role.REP_X);
  static final Set<Role> CLERKS = EnumSet.of(Role.CLERK);
  static final Set<Role> PEOPLE = EnumSet.of(Role.SC_CH, Role.SC_M, Role.TT_MG, Role.TT_M,
      Role.MEMB, Role.STRG);
  static final Set<Role> ANYONE = EnumSet.allOf(Role.class);

  static final Map<String, Row> ROWS = new LinkedHashMap<>();

  static void row(String command, Set<Role> takes, BiFunction<AccessWorld, Actor, Either<Refusal, ?>> run,
      Function<AccessWorld, Object> state) {
    if (ROWS.put(command, new Row(command, takes, run, state)) != null) {
      throw new IllegalStateException("two rows for " + command);
    }
  }

  static void official(String command, BiFunction<AccessWorld, GrantingOfficial, Either<Refusal, ?>> run,
      Function<AccessWorld, Object> state) {
    row(command, OFFICIALS, (w, a) -> run.apply(w, (GrantingOfficial) a), state);
  }

  static void representative(String command,
      BiFunction<AccessWorld, OrganisationRepresentative, Either<Refusal, ?>> run,
      Function<AccessWorld, Object> state) {
    row(command, REPRESENTATIVES, (w, a) -> run.apply(w, (OrganisationRepresentative) a), state);
  }

  static void clerk(String command, BiFunction<AccessWorld, RegistryClerk, Either<Refusal, ?>> run,
      Function<AccessWorld, Object> state) {
    row(command, CLERKS, (w, a) -> run.apply(w, (RegistryClerk) a), state);
  }

  static void person(String command, BiFunction<AccessWorld, ActingPerson, Either<Refusal, ?>> run,
      Function<AccessWorld, Object> state) {
    row(command, PEOPLE, (w, a) -> run.apply(w, (ActingPerson) a), state);
  }

  static void anyone(String command, BiFunction<AccessWorld, Actor, Either<Refusal, ?>> run,
      Function<AccessWorld, Object> state) {
    row(command, ANYONE, run, state);
  }

  static final LocalDate DAY = TODAY.minusDays(1);

  private static pl.lsw.core.partnership.PartnershipId p() {
    return PARTNERSHIP;
  }

  static {
    Function<AccessWorld, Object> organisations = w -> List.of(w.lsw.organisations().count(),
        w.lsw.organisations().findById(w.registered));
    clerk("organisations.register", (w, a) -> w.lsw.organisations().register(a,
        OrganisationDraft.from(w.lsw.organisations().findById(w.registered).orElseThrow())
            .withName("Fundacja Nowa").withNip(Optional.of("5260250274"))), organisations);
    clerk("organisations.update", (w, a) -> w.lsw.organisations().update(w.registered, a, 1,
        OrganisationDraft.from(w.lsw.organisations().findById(w.registered).orElseThrow())
            .withName("Stowarzyszenie Sąsiedzi")), organisations);

    Function<AccessWorld, Object> partnership = w -> w.lsw.partnerships().find(p());
    row("partnerships.found", EnumSet.noneOf(Role.class), (w, a) -> {
      throw new AssertionError("founding names no actor");
    }, partnership);
    person("partnerships.admitMember", (w, a) -> w.lsw.partnerships().admitMember(p(), a,
        PartnershipFixture.OUTSIDER, MembershipForm.FORMAL, DAY, MembershipRole.MEMBER, DAY), partnership);
    person("partnerships.admitFormalMember", (w, a) -> w.lsw.partnerships().admitFormalMember(p(), a,
        PartnershipFixture.OUTSIDER, DAY, DAY), partnership);
    person("partnerships.admitInformalPartner", (w, a) -> w.lsw.partnerships()
        .admitInformalPartner(p(), a, PartnershipFixture.OUTSIDER, DAY), partnership);
    person("partnerships.endMembership", (w, a) -> w.lsw.partnerships().endMembership(p(), a,
        PartnershipFixture.OPS, DAY), partnership);
    person("partnerships.registerPerson", (w, a) -> w.lsw.partnerships().registerPerson(p(), a,
        PersonDetails.of("Zofia Nowa", "pedagożka", PartnershipFixture.NGO)), partnership);
    List<SteeringCommitteeMember> committee = List.of(
        SteeringCommitteeMember.withMandate(PartnershipFixture.MAYOR),
        SteeringCommitteeMember.withMandate(PartnershipFixture.NGO_HEAD),
        SteeringCommitteeMember.withoutMandate(PartnershipFixture.OPS_HEAD));
    person("partnerships.setUpSteeringCommittee", (w, a) -> w.lsw.partnerships()
        .setUpSteeringCommittee(p(), a, committee, PartnershipFixture.MAYOR), partnership);
    person("partnerships.changeSteeringCommittee", (w, a) -> w.lsw.partnerships()
        .changeSteeringCommittee(p(), a, committee, PartnershipFixture.MAYOR), partnership);
    person("partnerships.setUpTaskTeam", (w, a) -> w.lsw.partnerships().setUpTaskTeam(p(), a,
        PartnershipFixture.MANAGER, PartnershipFixture.qualified(), PartnershipFixture.SPECIALIST,
        List.of(PartnershipFixture.NGO_WORKER)), partnership);
    person("partnerships.changeTaskTeam", (w, a) -> w.lsw.partnerships().changeTaskTeam(p(), a,
        PartnershipFixture.MANAGER, PartnershipFixture.qualified(), PartnershipFixture.SPECIALIST,
        List.of(PartnershipFixture.NGO_WORKER, PartnershipFixture.OPS_HEAD)), partnership);
    person("partnerships.setUpConsortium", (w, a) -> w.lsw.partnerships().setUpConsortium(p(), a,
        "samotność seniorów", "konkurs 14/2026", List.of(PartnershipFixture.NGO, PartnershipFixture.OPS),
        List.of(PartnershipFixture.NGO_WORKER)), partnership);
    person("partnerships.changeConsortium", (w, a) -> w.lsw.partnerships().changeConsortium(p(), a,
        PartnershipFixture.CONSORTIUM, List.of(PartnershipFixture.NGO, PartnershipFixture.OPS),
        List.of(PartnershipFixture.NGO_WORKER)), partnership);
    List<CooperationTeamMember> team = List.of(new CooperationTeamMember(PartnershipFixture.OPS_HEAD,
        CooperationModelRole.GOPS_ANIMATOR));
    person("partnerships.setUpCooperationTeam", (w, a) -> w.lsw.partnerships().setUpCooperationTeam(
        p(), a, BodyKind.PARTNER_COOPERATION_TEAM, team), partnership);
    person("partnerships.changeCooperationTeam", (w, a) -> w.lsw.partnerships().changeCooperationTeam(
        p(), a, BodyId.of(PartnershipFixture.uuid(31)), team), partnership);
    person("partnerships.appointNetworkWorkers", (w, a) -> w.lsw.partnerships().appointNetworkWorkers(
        p(), a, List.of(PartnershipFixture.NGO_WORKER)), partnership);
    person("partnerships.raiseMatter", (w, a) -> w.lsw.partnerships().raiseMatter(p(), a,
        "brak transportu na zajęcia", "dzieci z Pelcowizny nie docierają"), partnership);
    person("partnerships.changeMatterStatus", (w, a) -> w.lsw.partnerships().changeMatterStatus(p(),
        a, MatterId.of(PartnershipFixture.uuid(41)), MatterStatus.IN_PROGRESS), partnership);
    person("partnerships.recordMeeting", (w, a) -> w.lsw.partnerships().recordMeeting(p(), a,
        PartnershipFixture.meeting(PartnershipFixture.SC, PartnershipFixture.MAYOR)), partnership);
    person("partnerships.recordDecision", (w, a) -> w.lsw.partnerships().recordDecision(p(), a,
        PartnershipFixture.decision(DecisionKind.STRATEGIC, Position.ACCEPT, Position.ACCEPT,
            Position.ACCEPT)), partnership);
    person("partnerships.supersedeDecision", (w, a) -> w.lsw.partnerships().supersedeDecision(p(), a,
        DecisionId.of(PartnershipFixture.uuid(62)), PartnershipFixture.decision(DecisionKind.STRATEGIC,
            Position.ACCEPT, Position.ACCEPT, Position.ACCEPT)), partnership);
    person("partnerships.composeLocalPact", (w, a) -> w.lsw.partnerships().composeLocalPact(p(), a,
        List.of()), partnership);

    Function<AccessWorld, Object> process = w -> w.lsw.processes().find(w.process);
    person("processes.start", (w, a) -> w.lsw.processes().start(a, p(),
        StandardProcesses.LSW_STAGES_CODE, DAY), w -> w.lsw.processes().ofPartnership(p()));
    EvidenceReference minutes = EvidenceReference.of("protokół spotkania");
    person("processes.completeStep", (w, a) -> w.lsw.processes().completeStep(w.process, a, "1.1",
        DAY, minutes), process);
    person("processes.startNextIteration", (w, a) -> w.lsw.processes().startNextIteration(w.process,
        a, "CONTINUE_FROM_2_2", DAY), process);
    person("processes.recordStandingTaskActivity", (w, a) -> w.lsw.processes()
        .recordStandingTaskActivity(w.process, a, "S1", DAY, minutes), process);

    Function<AccessWorld, Object> grant = w -> w.lsw.smallGrants().find(w.grant);
    Function<AccessWorld, Object> grants = w -> w.lsw.store().smallGrants()
        .findByBodyAndYear(BODY.area(), 2026, pl.lsw.core.kernel.PageRequest.first(100)).items();
    anyone("smallGrants.receive", (w, a) -> w.lsw.smallGrants().receive(a, smallGrantOffer()), grants);
    official("smallGrants.publish", (w, a) -> w.lsw.smallGrants().publish(w.grant, a,
        new Publication(PublicationPlace.BIP, DAY, DAY.plusDays(7))), grant);
    anyone("smallGrants.receiveComment", (w, a) -> w.lsw.smallGrants().receiveComment(w.posted, a,
        new Comment(LocalDate.of(2026, 11, 6), CommentAuthorKind.PERSON, "uwaga nr 1",
            Optional.empty())), w -> w.lsw.smallGrants().find(w.posted));
    official("smallGrants.considerComment", (w, a) -> w.lsw.smallGrants().considerComment(w.commented,
        a, 0, new Consideration(LocalDate.of(2026, 11, 9), ConsiderationOutcome.ACCEPTED)),
        w -> w.lsw.smallGrants().find(w.commented));
    official("smallGrants.closeCommentPeriod", (w, a) -> w.lsw.smallGrants().closeCommentPeriod(
        w.posted, a, LocalDate.of(2026, 11, 11)), w -> w.lsw.smallGrants().find(w.posted));
    official("smallGrants.signContract", (w, a) -> w.lsw.smallGrants().signContract(w.closed, a,
        LocalDate.of(2026, 11, 12)), w -> w.lsw.smallGrants().find(w.closed));
    official("smallGrants.refuse", (w, a) -> w.lsw.smallGrants().refuse(w.grant, a, DAY,
        "brak środków w budżecie"), grant);
    representative("smallGrants.withdraw", (w, a) -> w.lsw.smallGrants().withdraw(w.grant, a, DAY),
        grant);
    official("smallGrants.planBudget", (w, a) -> w.lsw.smallGrants().planBudget(a,
        new PlannedGrantBudget(BODY, 2027, Money.ofZloty(500_000))),
        w -> w.lsw.store().smallGrants().findPlannedBudget(BODY.area(), 2027));

    Function<AccessWorld, Object> competition = w -> w.lsw.competitions().find(w.competition);
    Function<AccessWorld, Object> announced = w -> w.lsw.competitions().find(w.announced);
    official("competitions.create", (w, a) -> w.lsw.competitions().create(a,
        FinancingFixtures.draft().withId(CompetitionId.of(new UUID(0xacce55L, 2)))),
        w -> w.lsw.store().competitions().findByBodyAndYear(BODY, 2026));
    official("competitions.announce", (w, a) -> w.lsw.competitions().announce(w.competition, a,
        FinancingFixtures.publications(), ActingParty.BODY), competition);
    anyone("competitions.receiveOffer", (w, a) -> w.lsw.competitions().receiveOffer(w.announced, a,
        FinancingFixtures.offer(1, "8000.00", ORGANISATION).build()), announced);
    official("competitions.appointCommittee", (w, a) -> w.lsw.competitions().appointCommittee(
        w.announced, a, List.of(FinancingFixtures.official("Jan Urzędnik"),
            FinancingFixtures.nominee("Ewa", FinancingFixtures.org(9))), ActingParty.BODY), announced);
    official("competitions.closeOffers", (w, a) -> w.lsw.competitions().closeOffers(w.announced, a,
        FinancingFixtures.DEADLINE.plusDays(1)), announced);
    official("competitions.assess", (w, a) -> w.lsw.competitions().assess(w.assessing, a,
        FinancingFixtures.fullAssessment(FinancingFixtures.offerId(1), FundingMode.SUPPORT, true)),
        w -> w.lsw.competitions().find(w.assessing));
    official("competitions.decide", (w, a) -> w.lsw.competitions().decide(w.assessed, a,
        List.of(new Award(FinancingFixtures.offerId(1), Money.ofZloty(8_000))),
        FinancingFixtures.DEADLINE.plusDays(11), ActingParty.BODY),
        w -> w.lsw.competitions().find(w.assessed));
    official("competitions.annul", (w, a) -> w.lsw.competitions().annul(w.announced, a,
        AnnulmentReason.NO_OFFERS, FinancingFixtures.DEADLINE.plusDays(1), ActingParty.BODY), announced);

    Function<AccessWorld, Object> contract = w -> w.lsw.contracts().find(w.contract);
    Function<AccessWorld, Object> contracts = w -> w.lsw.store().contracts().findByBodyAndYear(BODY, 2026);
    official("contracts.sign", (w, a) -> w.lsw.contracts().sign(a, FinancingFixtures.contract()
        .id(ContractId.of(new UUID(0xacce55L, 3))).build()), contracts);
    official("contracts.signForAward", (w, a) -> w.lsw.contracts().signForAward(a,
        w.lsw.competitions().find(w.decided).orElseThrow(), FinancingFixtures.offerId(1),
        FinancingFixtures.DEADLINE.plusDays(12),
        pl.lsw.core.kernel.Percent.of(20)), contracts);
    official("contracts.amend", (w, a) -> w.lsw.contracts().amend(w.contract, a,
        Amendment.builder().number(1).signedOn(DAY).description("zmiana harmonogramu").build()),
        contract);
    anyone("contracts.shiftCost", (w, a) -> w.lsw.contracts().shiftCost(w.contract, a,
        CostShift.of(0, 1, Money.ofZloty(100), LocalDate.of(2026, 5, 4))), contract);
    official("contracts.demandPartialReport", (w, a) -> w.lsw.contracts().demandPartialReport(
        w.contract, a, LocalDate.of(2026, 5, 4), LocalDate.of(2026, 6, 5)), contract);
    representative("contracts.submitPartialReport", (w, a) -> w.lsw.contracts().submitPartialReport(
        w.demanded, a, 0, LocalDate.of(2026, 5, 20)), w -> w.lsw.contracts().find(w.demanded));
    representative("contracts.submitFinalReport", (w, a) -> w.lsw.contracts().submitFinalReport(
        w.contract, a, new FinalReport(LocalDate.of(2026, 7, 20), Money.ofZloty(8_000))), contract);
    official("contracts.recordMisuse", (w, a) -> w.lsw.contracts().recordMisuse(w.contract, a,
        new MisuseFinding(LocalDate.of(2026, 8, 3), Money.ofZloty(100), "wydatek spoza kosztorysu")),
        contract);
    official("contracts.recordReturn", (w, a) -> w.lsw.contracts().recordReturn(w.contract, a,
        new GrantReturn(ReturnKind.MISUSED, Money.ofZloty(100), LocalDate.of(2026, 8, 20))), contract);

    anyone("ownInitiativeProposals.receive", (w, a) -> w.lsw.ownInitiativeProposals().receive(a,
        proposal().withId(ProposalId.of(new UUID(0xacce55L, 4)))),
        w -> w.lsw.ownInitiativeProposals().findByBodyAndYear(BODY, 2026));
    official("ownInitiativeProposals.assess", (w, a) -> w.lsw.ownInitiativeProposals().assess(
        w.proposal, a, ProposalDecision.WORTH_DOING, DAY),
        w -> w.lsw.ownInitiativeProposals().find(w.proposal));
    official("cooperationProgrammes.record", (w, a) -> w.lsw.cooperationProgrammes().record(a,
        programme().withPlannedGrantFunds(Money.ofZloty(1_200_000))),
        w -> w.lsw.cooperationProgrammes().find(BODY, 2027));

    Function<AccessWorld, Object> base = w -> w.lsw.initiatives().find(p());
    person("initiatives.addEntry", (w, a) -> w.lsw.initiatives().addEntry(p(), a, mapEntry()), base);
    person("initiatives.changeEntry", (w, a) -> w.lsw.initiatives().changeEntry(p(), a, w.entry,
        mapEntry()), base);
    person("initiatives.removeEntry", (w, a) -> w.lsw.initiatives().removeEntry(p(), a, w.entry), base);
    person("initiatives.recommend", (w, a) -> w.lsw.initiatives().recommend(p(), a, w.entry, DAY,
        Optional.empty()), base);
    person("initiatives.withdrawRecommendation", (w, a) -> w.lsw.initiatives().withdrawRecommendation(
        p(), a, w.recommended, "oferta nieaktualna"), base);
    person("initiatives.startAction", (w, a) -> w.lsw.initiatives().startAction(p(), a, w.recommended,
        "Klub Rodzica", PartnershipFixture.CONSORTIUM, ActionStatus.RUNNING, DAY), base);
    person("initiatives.changeActionStatus", (w, a) -> w.lsw.initiatives().changeActionStatus(p(), a,
        w.action, ActionStatus.SUSPENDED, DAY), base);
    person("initiatives.recordConsortiumReport", (w, a) -> w.lsw.initiatives().recordConsortiumReport(
        p(), a, w.action, new ConsortiumReport(DAY, ActionStatus.SUSPENDED)), base);
    person("initiatives.removeAction", (w, a) -> w.lsw.initiatives().removeAction(p(), a, w.completed),
        base);
    person("initiatives.recordVerificationRound", (w, a) -> w.lsw.initiatives()
        .recordVerificationRound(p(), a, DAY, List.of(w.entry), List.of(), List.of("wnioski z przeglądu"),
            Optional.empty()), base);

    Function<AccessWorld, Object> basket = w -> w.lsw.basket().find(p());
    person("basket.addService", (w, a) -> w.lsw.basket().addService(p(), a,
        pl.lsw.core.basket.BasketSamples.full(PartnershipFixture.NGO)), basket);
    person("basket.changeService", (w, a) -> w.lsw.basket().changeService(p(), a, w.service,
        pl.lsw.core.basket.BasketSamples.minimal(PartnershipFixture.NGO, "Poradnictwo dla rodzin")),
        basket);
    person("basket.withdrawService", (w, a) -> w.lsw.basket().withdrawService(p(), a, w.service, TODAY),
        basket);
    person("basket.verifyService", (w, a) -> w.lsw.basket().verifyService(p(), a, w.service, DAY),
        basket);
    person("basket.agree", (w, a) -> w.lsw.basket().agree(p(), a,
        MeetingId.of(PartnershipFixture.uuid(51)), DAY), basket);

    person("information.send", (w, a) -> w.lsw.information().send(p(), a,
        pl.lsw.core.information.InformationSamples.announcement()),
        w -> w.lsw.information().dispatches(p(), DateRange.single(TODAY)));
    Function<AccessWorld, Object> contacts = w -> w.lsw.contactBases().externalContacts(p());
    person("contactBases.addExternalContact", (w, a) -> w.lsw.contactBases().addExternalContact(p(), a,
        externalContact()), contacts);
    person("contactBases.changeExternalContact", (w, a) -> w.lsw.contactBases().changeExternalContact(
        p(), a, w.contact, externalContact()), contacts);
    person("contactBases.removeExternalContact", (w, a) -> w.lsw.contactBases().removeExternalContact(
        p(), a, w.contact), contacts);

    Function<AccessWorld, Object> plan = w -> w.lsw.plans().find(w.plan);
    Function<AccessWorld, Object> families = w -> w.lsw.plans().families(p());
    person("plans.recordFamily", (w, a) -> w.lsw.plans().recordFamily(a,
        family().withReference(FamilyReference.of("R-105"))), families);
    person("plans.withdrawConsent", (w, a) -> w.lsw.plans().withdrawConsent(FAMILY, a, DAY), families);
    person("plans.prepare", (w, a) -> w.lsw.plans().prepare(a, planDraft(w.opsService)),
        w -> w.lsw.plans().plansOf(FAMILY));
    person("plans.addItem", (w, a) -> w.lsw.plans().addItem(w.plan, a,
        planItem(w.service, PartnershipFixture.NGO)),
        plan);
    person("plans.changeItem", (w, a) -> w.lsw.plans().changeItem(w.plan, a, 1,
        planItem(w.service, PartnershipFixture.NGO)), plan);
    person("plans.removeItem", (w, a) -> w.lsw.plans().removeItem(w.plan, a, 1), plan);
    person("plans.scheduleReview", (w, a) -> w.lsw.plans().scheduleReview(w.plan, a,
        TODAY.plusMonths(2)), plan);
    person("plans.recordReview", (w, a) -> w.lsw.plans().recordReview(w.plan, a, TODAY), plan);
    person("plans.putInForce", (w, a) -> w.lsw.plans().putInForce(w.plan, a), plan);
    person("plans.close", (w, a) -> w.lsw.plans().close(w.plan, a, TODAY), plan);

    Function<AccessWorld, Object> evaluation = w -> w.lsw.evaluation().find(p());
    Relationship ngoOps = Relationship.between(PartnershipFixture.NGO, PartnershipFixture.OPS);
    EvidenceNote note = EvidenceNote.fromRecords("Protokół KS z 12.03.2026");
    person("evaluation.addRelationshipAssessment", (w, a) -> w.lsw.evaluation().addRelationshipAssessment(
        p(), a, RelationshipAssessment.of(ngoOps, Assessor.of("evaluator:x"), DAY,
            SimilarityRating.of(4, 4), StandardRules.parameters())), evaluation);
    person("evaluation.addLadderAssessment", (w, a) -> w.lsw.evaluation().addLadderAssessment(p(), a,
        LadderAssessment.assess(Ladders.SEED_001, DAY,
            List.of(Evidence.fromRecords("INFORMATION_EXCHANGE", "lista obecności")))), evaluation);
    person("evaluation.addInteraction", (w, a) -> w.lsw.evaluation().addInteraction(p(), a,
        Interaction.of(ngoOps, InteractionKind.ADVICE, DAY)), evaluation);
    person("evaluation.addNetworkSurvey", (w, a) -> w.lsw.evaluation().addNetworkSurvey(p(), a,
        DatedNetworkSurvey.of(DAY, NetworkSurvey.of(List.of(PartnershipFixture.NGO, PartnershipFixture.OPS),
            List.of(RelationshipRating.noTie(PartnershipFixture.NGO, PartnershipFixture.OPS))))),
        evaluation);
    person("evaluation.addSurveyWave", (w, a) -> w.lsw.evaluation().addSurveyWave(p(), a,
        SurveyWave.of("2026", DAY, Map.of(SurveyQuestion.JOINT_INITIATIVES,
            AnswerCounts.of(1, 1, 0, 0, 2, 2)))), evaluation);
    person("evaluation.addResource", (w, a) -> w.lsw.evaluation().addResource(p(), a,
        new CooperationRecord.Resource("Sala", DAY, PartnershipFixture.NGO,
            Set.of(PartnershipFixture.OPS), true, true)), evaluation);
    person("evaluation.addReview", (w, a) -> w.lsw.evaluation().addReview(p(), a,
        new Review.Evaluation(CooperationLevel.BETWEEN_INSTITUTIONS,
            DateRange.of(DAY.minusMonths(6), DAY), DAY)), evaluation);
    person("evaluation.addPrinciplesSelfAssessment", (w, a) -> w.lsw.evaluation()
        .addPrinciplesSelfAssessment(p(), a, PrinciplesSelfAssessment.of(DAY, List.of(
            PrincipleRating.of(Principle.TRUST, Grade.MET, note)))), evaluation);
    person("evaluation.addLearningProfile", (w, a) -> w.lsw.evaluation().addLearningProfile(p(), a,
        LearningProfile.of(DAY, List.of(new LearningProfile.TraitObservation(
            LearningTrait.CONTINUOUS_LEARNING, true, List.of(note))), List.of(
                new LearningProfile.DimensionPosition(LearningDimension.DECISIONS,
                    LearningPosition.BETWEEN, null)))), evaluation);
    person("evaluation.addBenefit", (w, a) -> w.lsw.evaluation().addBenefit(p(), a, benefit()),
        evaluation);
    person("evaluation.addSwot", (w, a) -> w.lsw.evaluation().addSwot(p(), a,
        SwotRecord.of(DAY, SwotPerspective.PARTNERSHIP, List.of(
            SwotItem.of(SwotQuadrant.STRENGTH, "Łączenie doświadczeń")))), evaluation);
    person("evaluation.addSolidarityCapital", (w, a) -> w.lsw.evaluation().addSolidarityCapital(p(), a,
        SolidarityCapital.of(DAY, List.of(SolidarityCapital.DimensionGrade.of(
            SolidarityDimension.WARM_SOLIDARITY_TIES, Grade.PARTLY_MET, note)))), evaluation);
    person("evaluation.addAddedValue", (w, a) -> w.lsw.evaluation().addAddedValue(p(), a,
        DatedAddedValue.of(DAY, new NetworkAddedValue(Label.of("rodziny objęte wsparciem",
            "families supported"), Ratio.of(10), Ratio.of(4), Ratio.of(3)))), evaluation);
    person("evaluation.addLadderAssessmentFromRecords", (w, a) -> w.lsw.evaluation()
        .addLadderAssessmentFromRecords(p(), a, Ladders.SEED_001.code(),
            DateRange.of(TODAY.minusMonths(6), DAY), List.of()), evaluation);
    person("evaluation.correct", (w, a) -> w.lsw.evaluation().correct(p(), a, w.record,
        BenefitRecord.of(StakeholderGroup.LOCAL_COMMUNITY, DAY, "Szersza oferta usług", "14 usług")),
        evaluation);
    person("evaluation.withdraw", (w, a) -> w.lsw.evaluation().withdraw(p(), a, w.record), evaluation);
  }

  // ------------------------------------------------------------------ the tests

  /** The services, by the name of their entry point on {@link Lsw}. */
  static final Map<String, Class<?>> SERVICES = new LinkedHashMap<>();

  static {
    SERVICES.put("organisations", pl.lsw.core.organisation.OrganisationRegistry.class);
    SERVICES.put("partnerships", pl.lsw.core.partnership.PartnershipService.class);
    SERVICES.put("processes", pl.lsw.core.process.ProcessService.class);
    SERVICES.put("smallGrants", pl.lsw.core.financing.smallgrant.SmallGrantService.class);
    SERVICES.put("competitions", pl.lsw.core.financing.competition.CompetitionService.class);
    SERVICES.put("contracts", pl.lsw.core.financing.contract.ContractService.class);
    SERVICES.put("ownInitiativeProposals",
        pl.lsw.core.financing.initiative.OwnInitiativeProposalService.class);
    SERVICES.put("cooperationProgrammes",
        pl.lsw.core.financing.programme.CooperationProgrammeService.class);
    SERVICES.put("initiatives", pl.lsw.core.initiative.InitiativeBaseService.class);
    SERVICES.put("basket", pl.lsw.core.basket.ServiceBasketService.class);
    SERVICES.put("information", pl.lsw.core.information.InformationService.class);
    SERVICES.put("contactBases", pl.lsw.core.information.ContactBaseService.class);
    SERVICES.put("plans", pl.lsw.core.family.plan.IndividualPlanService.class);
    SERVICES.put("evaluation", pl.lsw.core.evaluation.record.EvaluationService.class);
  }

  /**
   * The public commands of the services: every public method that answers a refusal or a
   * change, and {@code planBudget} (which answers a refusal or the budget as stored).
   */
  static Set<String> publicCommands() {
    Set<String> commands = new TreeSet<>();
    SERVICES.forEach((capability, type) -> {
      for (Method m : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(m.getModifiers()) || Modifier.isStatic(m.getModifiers())
            || m.getReturnType() != Either.class) {
          continue;
        }
        ParameterizedType either = (ParameterizedType) m.getGenericReturnType();
        String right = either.getActualTypeArguments()[1].getTypeName();
        if (right.startsWith(Change.class.getName()) || m.getName().equals("planBudget")) {
          commands.add(capability + "." + m.getName());
        }
      }
    });
    return commands;
  }

  static Map<String, Map<Role, String>> table() {
    Map<String, Map<Role, String>> table = new LinkedHashMap<>();
    List<String> lines = MATRIX.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    List<String> header = Arrays.stream(lines.get(0).split("\\|")).map(String::strip).toList();
    for (String line : lines.subList(1, lines.size())) {
      List<String> cells = Arrays.stream(line.split("\\|")).map(String::strip).toList();
      Map<Role, String> row = new java.util.EnumMap<>(Role.class);
      for (int i = 1; i < header.size(); i++) {
        row.put(Role.valueOf(header.get(i)), cells.get(i));
      }
      table.put(cells.get(0), row);
    }
    return table;
  }

  @Test
  public final void the_table_has_one_row_for_every_public_command_of_every_service() {
    assertEquals(publicCommands(), new TreeSet<>(table().keySet()));
    assertEquals(publicCommands(), new TreeSet<>(ROWS.keySet()));
  }

  @Test
  public final void every_cell_of_the_table_holds_and_a_refused_command_changes_nothing() {
    List<String> failures = new ArrayList<>();
    Map<String, Map<Role, String>> actual = new LinkedHashMap<>();
    table().forEach((command, expected) -> {
      Row row = ROWS.get(command);
      if (row == null) {
        failures.add(command + ": no row");
        return;
      }
      Map<Role, String> found = new java.util.EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        String cell = expected.get(role);
        if (!row.takes().contains(role)) {
          found.put(role, "-");
          if (!cell.equals("-")) {
            failures.add(command + " × " + role + ": the parameter type does not take this actor, "
                + "but the table says " + cell);
          }
          continue;
        }
        AccessWorld world = new AccessWorld(AccessPolicy.libraryRoles(), emptyStore());
        Object before = row.state().apply(world);
        Either<Refusal, ?> outcome;
        try {
          outcome = row.run().apply(world, ACTORS.get(role));
        } catch (RuntimeException e) {
          found.put(role, "!" + e.getClass().getSimpleName());
          failures.add(command + " × " + role + ": threw " + e);
          continue;
        }
        List<String> accessCodes = outcome.isLeft() ? outcome.getLeft().codes().stream()
            .filter(ACCESS_CODES::contains).distinct().toList() : List.of();
        String verdict = accessCodes.isEmpty() ? "P" : alias(accessCodes.get(0));
        found.put(role, verdict);
        if (cell.equals("P")) {
          if (!accessCodes.isEmpty()) {
            failures.add(command + " × " + role + ": expected permitted, refused with "
                + outcome.getLeft().codes());
          }
          continue;
        }
        String code = LEGEND.get(cell);
        if (code == null || outcome.isRight() || !outcome.getLeft().has(code)) {
          failures.add(command + " × " + role + ": expected " + cell + " (" + code + "), was "
              + (outcome.isRight() ? "accepted" : outcome.getLeft().codes()));
          continue;
        }
        if (!before.equals(row.state().apply(world))) {
          failures.add(command + " × " + role + ": refused, but the state changed");
        }
        if (!world.published.isEmpty()) {
          failures.add(command + " × " + role + ": refused, but published " + world.published);
        }
      }
      actual.put(command, found);
    });
    if (!failures.isEmpty()) {
      fail(failures.size() + " cells do not hold:\n" + String.join("\n", failures)
          + "\n\nthe table as found:\n" + render(actual));
    }
  }

  private static String alias(String code) {
    return LEGEND.entrySet().stream().filter(e -> e.getValue().equals(code)).map(Map.Entry::getKey)
        .findFirst().orElse(code);
  }

  private static String render(Map<String, Map<Role, String>> table) {
    StringBuilder out = new StringBuilder();
    table.forEach((command, row) -> {
      out.append(String.format("%-46s", command));
      for (Role role : Role.values()) {
        out.append("| ").append(String.format("%-" + Math.max(4, role.name().length() + 1) + "s",
            row.get(role)));
      }
      out.append('\n');
    });
    return out.toString();
  }
}
