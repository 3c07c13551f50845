package pl.lsw.store.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.lsw.core.evaluation.CooperationLevel;
import pl.lsw.core.evaluation.ReviewKind;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.instrument.Grade;
import pl.lsw.core.evaluation.instrument.LearningDimension;
import pl.lsw.core.evaluation.instrument.LearningPosition;
import pl.lsw.core.evaluation.instrument.LearningTrait;
import pl.lsw.core.evaluation.instrument.Principle;
import pl.lsw.core.evaluation.instrument.SolidarityDimension;
import pl.lsw.core.evaluation.instrument.StakeholderGroup;
import pl.lsw.core.evaluation.instrument.SwotPerspective;
import pl.lsw.core.evaluation.instrument.SwotQuadrant;
import pl.lsw.core.evaluation.record.RecordKind;
import pl.lsw.core.family.FamilyReference;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.family.plan.PlanKind;
import pl.lsw.core.family.plan.PlanStatus;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.FundingProcedure;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.financing.PublicationPlace;
import pl.lsw.core.financing.competition.ActingParty;
import pl.lsw.core.financing.competition.AnnouncementItem;
import pl.lsw.core.financing.competition.AnnouncingAct;
import pl.lsw.core.financing.competition.AnnulmentReason;
import pl.lsw.core.financing.competition.CompetitionState;
import pl.lsw.core.financing.competition.Criterion;
import pl.lsw.core.financing.competition.Nominator;
import pl.lsw.core.financing.competition.NondelegableAct;
import pl.lsw.core.financing.competition.ProblemDefiner;
import pl.lsw.core.financing.contract.ReturnKind;
import pl.lsw.core.financing.initiative.ProposalDecision;
import pl.lsw.core.financing.offer.FundingSource;
import pl.lsw.core.financing.offer.OfferKind;
import pl.lsw.core.financing.programme.ProgrammeContent;
import pl.lsw.core.financing.smallgrant.CommentAuthorKind;
import pl.lsw.core.financing.smallgrant.ConsiderationOutcome;
import pl.lsw.core.financing.smallgrant.SmallGrantStatus;
import pl.lsw.core.information.InformationKind;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.ActionStatus;
import pl.lsw.core.initiative.CommunityRole;
import pl.lsw.core.initiative.EntrySource;
import pl.lsw.core.initiative.ParticipantCost;
import pl.lsw.core.initiative.ReferralRule;
import pl.lsw.core.initiative.TargetGroup;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Regon;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.LegalForm;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.InspirationOrigin;
import pl.lsw.core.partnership.MatterStatus;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.MembershipRole;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.PartnershipKind;
import pl.lsw.core.partnership.PartnershipScope;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.CooperationModelRole;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.process.ContinuationDecision;
import pl.lsw.core.typology.Evidence;
import pl.lsw.core.typology.EvidenceSource;
import pl.lsw.core.typology.InteractionKind;
import pl.lsw.core.typology.NajamType;

/**
 * The store never refuses a text the model accepts: every VARCHAR column of the schema with a
 * length (read from {@code INFORMATION_SCHEMA.COLUMNS} after the migrations, on H2 and PostgreSQL)
 * has a known model limit in {@link #LIMITS} that is at most the column's length, and every text
 * limit the model declares (a {@code MAX_…} constant of {@code pl.lsw.core..}) is mapped to the
 * columns that keep it, or said not to be stored and why. A new column with a length and no
 * limit, a new limit with no column, a column shortened below its limit or a limit raised above
 * its column fails the test.
 *
 * <p>A limit is one of: a model constant (read by reflection, so a rename fails here); the longest
 * constant name of an enumeration the store writes by name; a rule of the model proven by a probe
 * (the model accepts a value of that length and refuses one longer); or codes the store writes
 * itself. The model counts UTF-16 units and the databases count characters (PostgreSQL: code
 * points), so a limit that fits in units fits in characters.
 */
class ModelLengthsFitColumnsTest {

  /** A model limit on a text column. */
  private record Limit(String source, int max) {}

  private static final String CORE = "pl.lsw.core.";

  /** The limit of a model constant, {@code class#FIELD}, relative to {@code pl.lsw.core}. */
  private static Limit constant(String classAndField) {
    String[] parts = classAndField.split("#");
    try {
      Field f = Class.forName(CORE + parts[0]).getDeclaredField(parts[1]);
      f.setAccessible(true);
      return new Limit(classAndField, f.getInt(null));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("no model constant " + classAndField, e);
    }
  }

  /** The longest constant name of an enumeration written by {@code name()}. */
  private static Limit names(Class<? extends Enum<?>> type) {
    int max = Arrays.stream(type.getEnumConstants()).mapToInt(c -> c.name().length()).max()
        .orElse(0);
    return new Limit(type.getSimpleName() + " names", max);
  }

  /** A rule of the model: {@code accepts} holds for a text of {@code max} and not one longer. */
  private record Probe(String rule, int max, java.util.function.IntFunction<String> sample,
      Predicate<String> accepts) {
    Limit limit() {
      return new Limit(rule, max);
    }
  }

  /** Codes the store itself writes into the column. */
  private static Limit storeCodes(String... codes) {
    return new Limit("store codes " + List.of(codes),
        Arrays.stream(codes).mapToInt(String::length).max().orElse(0));
  }

  /** The largest of several limits, for a column that keeps one of several model values. */
  private static Limit either(Limit... limits) {
    Limit max = Arrays.stream(limits).max((a, b) -> Integer.compare(a.max(), b.max()))
        .orElseThrow();
    return new Limit(Arrays.stream(limits).map(Limit::source).toList().toString(), max.max());
  }

  private static boolean valid(Runnable construction) {
    try {
      construction.run();
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static String code(int length) {
    return "A" + "B".repeat(length - 1);
  }

  private static final Probe CODE_64 = new Probe("TargetGroup code: 2 to 64 letters, digits, _",
      64, ModelLengthsFitColumnsTest::code,
      c -> TargetGroup.validate(c, "grupa", "group").isValid());
  private static final Probe PROCEDURE = new Probe("FundingProcedure code: 2 to 64", 64,
      ModelLengthsFitColumnsTest::code,
      c -> FundingProcedure.validate(c, "tryb", "procedure").isValid());
  private static final Probe QUESTION = new Probe("SurveyQuestion code: 2 to 64", 64,
      ModelLengthsFitColumnsTest::code,
      c -> valid(() -> new SurveyQuestion(c, Label.of("pytanie", "question"))));
  private static final Probe LADDER_CODE = new Probe(
      "ladder and indicator codes (LadderChecks): 2 to 64", 64, ModelLengthsFitColumnsTest::code,
      c -> valid(() -> new Evidence(c, EvidenceSource.RECORDS, "protokół")));
  private static final Probe TERYT = new Probe("TerytCode: 2, 4 or 7 digits", 7,
      n -> "1465011".substring(0, Math.min(n, 7)) + "1".repeat(Math.max(0, n - 7)),
      c -> TerytCode.parse(c).isValid());
  private static final Probe ACCESS_LANGUAGE = new Probe(
      "AccessConditions languages: ISO 639-1, two letters", 2, n -> "p" + "l".repeat(n - 1),
      c -> valid(() -> AccessConditions.builder().addLanguages(c).build()));
  private static final Probe FAMILY_LANGUAGE = new Probe(
      "SupportedFamily language: ISO 639-1, two letters", 2, n -> "u" + "k".repeat(n - 1),
      c -> valid(() -> SupportedFamily.builder().reference(FamilyReference.of("RZ-2026/1"))
          .partnership(PartnershipId.of(new UUID(1, 1))).selectedOn(LocalDate.of(2026, 1, 5))
          .consentGivenOn(LocalDate.of(2026, 1, 5)).language(c).build()));

  private static final List<Probe> PROBES = List.of(CODE_64, PROCEDURE, QUESTION, LADDER_CODE,
      TERYT, ACCESS_LANGUAGE, FAMILY_LANGUAGE);

  private static final Limit FAMILY_REFERENCE = constant("family.FamilyReference#MAX_LENGTH");
  private static final Limit NIP = constant("kernel.Nip#DIGITS");
  private static final Limit CONTACT_TEXT = constant("organisation.AbstractContactPerson#MAX_TEXT");
  private static final Limit CONTACT_EMAIL =
      constant("organisation.AbstractContactPerson#MAX_EMAIL");
  private static final Limit CONTACT_PHONE =
      constant("organisation.AbstractContactPerson#MAX_PHONE");
  private static final Limit EVIDENCE_NOTE = constant("evaluation.instrument.EvidenceNote#MAX_NOTE");
  private static final Limit REVISION_KIND = constant("kernel.history.Revision#MAX_KIND");
  private static final Limit MAP_TEXT = constant("initiative.AbstractMapEntry#MAX_TEXT");
  private static final Limit BASKET_TEXT = constant("basket.AbstractBasketService#MAX_TEXT");
  private static final Limit PARTNERSHIP_TEXT = constant("partnership.AbstractPartnership#MAX_TEXT");
  private static final Limit PERSON_TEXT = constant("partnership.governance.AbstractPerson#MAX_TEXT");
  private static final Limit SUBJECT = constant("information.AbstractInformationItem#MAX_SUBJECT");
  private static final Limit BODY = constant("information.AbstractInformationItem#MAX_BODY");

  /**
   * Every column with a length, and the text columns without one that keep a model limit, with
   * the limit. Columns of the same kind in several tables are listed one by one on purpose.
   */
  private static final Map<String, Limit> LIMITS = new LinkedHashMap<>();

  private static void map(Limit limit, String... columns) {
    for (String column : columns) {
      if (LIMITS.put(column, limit) != null) {
        throw new AssertionError("mapped twice: " + column);
      }
    }
  }

  static {
    // organisations
    map(constant("kernel.service.EventDelivery#MAX_KEY_LENGTH"), "lsw_outbox.command_key",
        "lsw_command_key.command_key");
    map(constant("kernel.service.EventDelivery#MAX_ERROR"), "lsw_outbox.last_error");
    map(constant("organisation.AbstractOrganisation#MAX_NAME"), "lsw_organisation.name");
    map(names(LegalForm.class), "lsw_organisation.legal_form");
    map(names(Sector.class), "lsw_organisation.sector", "lsw_external_contact.sector",
        "lsw_initiative_base_entry.implementer_sector");
    map(NIP, "lsw_organisation.nip", "lsw_small_grant.applicant_nip");
    map(constant("kernel.Regon#LOCAL_UNIT_DIGITS"), "lsw_organisation.regon");
    map(constant("kernel.KrsNumber#DIGITS"), "lsw_organisation.krs");
    map(TERYT.limit(), "lsw_organisation.seat_teryt", "lsw_partnership_territory.teryt",
        "lsw_basket_service_territory.teryt", "lsw_initiative_base_territory.teryt",
        "lsw_supported_family.residence_unit", "lsw_competition.body_area",
        "lsw_contract.body_area", "lsw_cooperation_programme.body_area",
        "lsw_cooperation_programme_content.body_area", "lsw_own_initiative_proposal.body_area",
        "lsw_planned_grant_budget.body_area", "lsw_small_grant.body_area");
    map(constant("organisation.Seat#MAX_ADDRESS"), "lsw_organisation.seat_address");
    map(names(SocialServiceField.class), "lsw_organisation_field.field",
        "lsw_partnership_focus.field", "lsw_basket_service_field.field",
        "lsw_initiative_base_field.field", "lsw_supported_family_field.field");
    map(CONTACT_TEXT, "lsw_organisation_contact.name", "lsw_organisation_contact.role",
        "lsw_initiative_base_contact.name", "lsw_initiative_base_contact.role",
        "lsw_basket_service_contact.name", "lsw_basket_service_contact.role",
        "lsw_external_contact.contact_name", "lsw_external_contact.contact_role");
    map(CONTACT_EMAIL, "lsw_organisation_contact.email", "lsw_initiative_base_contact.email",
        "lsw_basket_service_contact.email", "lsw_external_contact.contact_email");
    map(CONTACT_PHONE, "lsw_organisation_contact.phone", "lsw_initiative_base_contact.phone",
        "lsw_basket_service_contact.phone", "lsw_external_contact.contact_phone");

    // partnerships
    map(constant("partnership.AbstractPartnership#MAX_NAME"), "lsw_partnership.name");
    map(PARTNERSHIP_TEXT, "lsw_partnership_consortium.problem",
        "lsw_partnership_consortium.competition_reference", "lsw_partnership_decision.subject");
    map(names(PartnershipKind.class), "lsw_partnership.kind");
    map(names(InspirationOrigin.class), "lsw_partnership.inspiration_origin");
    map(names(PartnershipScope.class), "lsw_partnership.scope");
    map(names(MembershipForm.class), "lsw_partnership_membership.form");
    map(names(MembershipRole.class), "lsw_partnership_membership.role");
    map(PERSON_TEXT, "lsw_partnership_person.name", "lsw_partnership_person.position");
    map(constant("partnership.AbstractRaisedMatter#MAX_SUBJECT"),
        "lsw_partnership_matter.subject");
    map(constant("partnership.AbstractRaisedMatter#MAX_DESCRIPTION"),
        "lsw_partnership_matter.description");
    map(names(MatterStatus.class), "lsw_partnership_matter_status.status");
    map(names(ActingRole.class), "lsw_partnership_matter_status.by_role",
        "lsw_partnership_meeting.recorded_by_role", "lsw_partnership_decision.recorded_by_role",
        "lsw_process_activity.actor_role", "lsw_process_completion.actor_role",
        "lsw_process_iteration.started_by_role");
    map(names(EducationLevel.class), "lsw_partnership_task_team.manager_education");
    map(names(BodyKind.class), "lsw_partnership_coop_team.kind",
        "lsw_partnership_meeting.body_kind");
    map(names(CooperationModelRole.class), "lsw_partnership_coop_member.role");
    map(names(DecisionKind.class), "lsw_partnership_decision.kind");
    map(names(Position.class), "lsw_partnership_decision_position.position");
    map(names(ContinuationDecision.class), "lsw_process_completion.decision");

    // financing
    map(names(GrantingBodyKind.class), "lsw_competition.body_kind", "lsw_contract.body_kind",
        "lsw_cooperation_programme.body_kind", "lsw_own_initiative_proposal.body_kind",
        "lsw_planned_grant_budget.body_kind", "lsw_small_grant.body_kind");
    map(names(FundingMode.class), "lsw_competition.mode", "lsw_contract.mode",
        "lsw_small_grant.mode");
    map(names(CompetitionState.class), "lsw_competition.state");
    map(names(AnnouncingAct.class), "lsw_competition.announcing_act");
    map(names(AnnulmentReason.class), "lsw_competition.annulment_reason");
    map(names(ProblemDefiner.class), "lsw_competition.coop_defined_by");
    map(names(NondelegableAct.class), "lsw_competition_act.act");
    map(names(ActingParty.class), "lsw_competition_act.acting_party");
    map(names(AnnouncementItem.class), "lsw_competition_announcement_item.item");
    map(names(Criterion.class), "lsw_competition_assessment_score.criterion");
    map(names(Nominator.class), "lsw_competition_member.nominated_by");
    map(names(OfferKind.class), "lsw_competition_offer.kind");
    map(names(FundingSource.class), "lsw_competition_offer_cost_item.source",
        "lsw_contract_cost_item.source");
    map(names(PublicationPlace.class), "lsw_competition_publication.place",
        "lsw_small_grant_publication.place");
    map(PROCEDURE.limit(), "lsw_contract.procedure_code");
    map(names(ReturnKind.class), "lsw_contract_return.kind");
    map(names(ProgrammeContent.class), "lsw_cooperation_programme_content.content");
    map(names(ProposalDecision.class), "lsw_own_initiative_proposal.decision");
    map(names(SmallGrantStatus.class), "lsw_small_grant.status");
    map(names(CommentAuthorKind.class), "lsw_small_grant_comment.author_kind");
    map(names(ConsiderationOutcome.class), "lsw_small_grant_comment.consideration_outcome");

    // information
    map(names(InformationKind.class), "lsw_dispatch.kind");
    map(SUBJECT, "lsw_dispatch.subject", "lsw_dispatch.english_subject");
    map(BODY, "lsw_dispatch.body", "lsw_dispatch.english_body");
    map(constant("information.DeliveryOutcome#MAX_REASON"),
        "lsw_dispatch_recipient.failure_reason");
    map(constant("information.AbstractExternalContact#MAX_INSTITUTION"),
        "lsw_external_contact.institution");
    map(constant("information.AbstractExternalContact#MAX_NOTE"), "lsw_external_contact.note");
    map(REVISION_KIND, "lsw_contact_revision.kind", "lsw_basket_revision.kind",
        "lsw_individual_plan_revision.change_kind", "lsw_initiative_base_revision.kind");

    // Local Service Basket and the co-informing bases
    map(constant("basket.AbstractBasketService#MAX_NAME"), "lsw_basket_service.name");
    map(BASKET_TEXT, "lsw_basket_service.description", "lsw_basket_service.availability");
    map(constant("initiative.AbstractAccessConditions#MAX_DESCRIPTION"),
        "lsw_basket_service.access_description", "lsw_initiative_base_entry.access_description");
    map(names(ReferralRule.class), "lsw_basket_service.referral",
        "lsw_initiative_base_entry.referral");
    map(names(ParticipantCost.class), "lsw_basket_service.cost", "lsw_initiative_base_entry.cost");
    map(CODE_64.limit(), "lsw_basket_service_group.group_code",
        "lsw_initiative_base_target_group.code", "lsw_initiative_base_addressee.code",
        "lsw_supported_family_group.group_code");
    map(ACCESS_LANGUAGE.limit(), "lsw_basket_service_language.language_code",
        "lsw_initiative_base_language.language");
    map(constant("initiative.AbstractMapEntry#MAX_NAME"), "lsw_initiative_base_entry.name");
    map(MAP_TEXT, "lsw_initiative_base_entry.description",
        "lsw_initiative_base_entry.participation_rules",
        "lsw_initiative_base_entry.service_conditions", "lsw_initiative_base_entry.place",
        "lsw_initiative_base_entry.schedule");
    map(storeCodes("REGISTERED", "OUTSIDE"), "lsw_initiative_base_entry.implementer_kind");
    map(either(constant("organisation.AbstractOrganisation#MAX_NAME"),
        constant("initiative.Implementer#MAX_TEXT")), "lsw_initiative_base_entry.implementer_name");
    map(constant("initiative.Implementer#MAX_TEXT"),
        "lsw_initiative_base_entry.implementer_contact");
    map(names(EntrySource.class), "lsw_initiative_base_entry.source");
    map(names(CommunityRole.class), "lsw_initiative_base_entry.community_role");
    map(constant("initiative.Action#MAX_NAME"), "lsw_initiative_base_action.name");
    map(names(ActionStatus.class), "lsw_initiative_base_action.status",
        "lsw_initiative_base_action.reported_status");
    map(constant("initiative.VerificationRound#MAX_CONCLUSION"),
        "lsw_initiative_base_round_conclusion.conclusion");

    // families and plans
    map(FAMILY_REFERENCE, "lsw_supported_family.reference", "lsw_supported_family_field.family_ref",
        "lsw_supported_family_group.family_ref", "lsw_individual_plan.family_ref");
    map(FAMILY_LANGUAGE.limit(), "lsw_supported_family.language_code");
    map(names(PlanKind.class), "lsw_individual_plan.kind");
    map(names(PlanStatus.class), "lsw_individual_plan.status");
    map(storeCodes("BANK", "BASKET"), "lsw_individual_plan_item.source_kind");
    map(constant("family.plan.AbstractPlanItem#MAX_NOTE"), "lsw_individual_plan_item.note");

    // evaluation
    map(names(RecordKind.class), "lsw_evaluation_record.kind");
    map(constant("typology.Assessor#MAX_REFERENCE"),
        "lsw_evaluation_relationship_assessment.assessor");
    map(names(NajamType.class), "lsw_evaluation_relationship_assessment.najam_type");
    map(constant("typology.RelationshipAssessment#MAX_NOTE"),
        "lsw_evaluation_relationship_assessment.note");
    map(LADDER_CODE.limit(), "lsw_evaluation_ladder_assessment.ladder_code",
        "lsw_evaluation_ladder_evidence.indicator");
    map(names(EvidenceSource.class), "lsw_evaluation_ladder_evidence.source",
        "lsw_evaluation_principle_evidence.source", "lsw_evaluation_trait_evidence.source",
        "lsw_evaluation_solidarity_evidence.source");
    map(constant("typology.Evidence#MAX_NOTE"), "lsw_evaluation_ladder_evidence.note");
    map(names(InteractionKind.class), "lsw_evaluation_interaction.interaction_kind");
    map(constant("typology.Interaction#MAX_NOTE"), "lsw_evaluation_interaction.note");
    map(QUESTION.limit(), "lsw_evaluation_wave_answer.question_code");
    map(names(ReviewKind.class), "lsw_evaluation_review.review_kind");
    map(names(CooperationLevel.class), "lsw_evaluation_review.cooperation_level");
    map(names(Principle.class), "lsw_evaluation_principle_rating.principle");
    map(names(Grade.class), "lsw_evaluation_principle_rating.grade",
        "lsw_evaluation_solidarity_grade.grade");
    map(EVIDENCE_NOTE, "lsw_evaluation_principle_evidence.note",
        "lsw_evaluation_trait_evidence.note", "lsw_evaluation_solidarity_evidence.note");
    map(names(LearningTrait.class), "lsw_evaluation_learning_trait.trait");
    map(names(LearningDimension.class), "lsw_evaluation_learning_position.learning_dimension");
    map(names(LearningPosition.class), "lsw_evaluation_learning_position.learning_position");
    map(constant("evaluation.instrument.LearningProfile$DimensionPosition#MAX_NOTE"),
        "lsw_evaluation_learning_position.note");
    map(names(StakeholderGroup.class), "lsw_evaluation_benefit.stakeholder_group");
    map(constant("evaluation.instrument.BenefitRecord#MAX_DESCRIPTION"),
        "lsw_evaluation_benefit.description");
    map(constant("evaluation.instrument.BenefitRecord#MAX_INDICATOR"),
        "lsw_evaluation_benefit.indicator");
    map(names(SwotPerspective.class), "lsw_evaluation_swot.perspective");
    map(names(SwotQuadrant.class), "lsw_evaluation_swot_item.quadrant");
    map(constant("evaluation.instrument.SwotItem#MAX_TEXT"), "lsw_evaluation_swot_item.item_text");
    map(names(SolidarityDimension.class), "lsw_evaluation_solidarity_grade.solidarity_dimension");
  }

  /** Tables the library does not write itself. */
  private static final Map<String, String> NOT_THE_MODELS = Map.of(
      "lsw_schema_history", "Flyway's history of migrations, written by Flyway alone");

  /** Model constants named MAX_… that are not the length of a text kept by the store. */
  private static final Map<String, String> NOT_STORED_TEXT = new TreeMap<>(Map.ofEntries(
      Map.entry("evaluation.AnswerCounts#MAX_ANSWER", "a number of a scale, not a length"),
      Map.entry("initiative.AbstractAccessConditions#MAX_AGE", "an age in years, not a length"),
      Map.entry("family.AbstractSupportedFamily#MAX_AGE", "an age in years, not a length"),
      Map.entry("kernel.PageRequest#MAX_SIZE", "a page size, not a length"),
      Map.entry("kernel.PseudonymousCode#MAX_DIGIT_RUN", "digits in a row, not a length"),
      Map.entry("family.FamilyReference#MAX_DIGIT_RUN", "digits in a row, not a length"),
      Map.entry("kernel.PseudonymousCode#MAX_LENGTH",
          "the same number as FamilyReference#MAX_LENGTH, which the family columns keep"),
      Map.entry("kernel.Money#MAX_TEXT_LENGTH",
          "the longest amount parsed from text; money is stored in grosze as BIGINT"),
      Map.entry("kernel.Percent#MAX_TEXT_LENGTH",
          "the longest percentage parsed from text; a percentage is stored as a number"),
      Map.entry("rules.RuleCode#MAX_LENGTH",
          "rule codes belong to the catalog in code; no table keeps one")));

  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void startPostgres() {
    postgres = TestDatabases.startPostgres();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  /** The text columns of the current schema with their length, or null for none. */
  private static Map<String, Integer> textColumns(DataSource db) throws SQLException {
    JdbcStore.builder(db).migrate(true).build();
    Map<String, Integer> columns = new TreeMap<>();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
        "SELECT table_name, column_name, data_type, character_maximum_length "
            + "FROM information_schema.columns WHERE table_schema = ?")) {
      ps.setString(1, c.getSchema());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(3).toUpperCase(Locale.ROOT);
          if (!type.contains("CHAR") && !type.equals("TEXT")) {
            continue;
          }
          String table = rs.getString(1).toLowerCase(Locale.ROOT);
          if (NOT_THE_MODELS.containsKey(table)) {
            continue;
          }
          long length = rs.getLong(4);
          // H2 reports its largest length for VARCHAR without one, PostgreSQL reports none
          boolean unbounded = rs.wasNull() || length >= 1_000_000_000L;
          columns.put(table + "." + rs.getString(2).toLowerCase(Locale.ROOT),
              unbounded ? null : (int) length);
        }
      }
    }
    return columns;
  }

  private static void everyColumnFitsItsLimit(DataSource db) throws SQLException {
    Map<String, Integer> columns = textColumns(db);
    assertTrue(columns.containsKey("lsw_organisation.name") && columns.size() > 200,
        "the schema was read: " + columns.size() + " text columns");
    List<String> problems = new ArrayList<>();
    columns.forEach((column, length) -> {
      Limit limit = LIMITS.get(column);
      if (length != null && limit == null) {
        problems.add(column + " (" + length + "): no model limit is known");
      } else if (length != null && limit.max() > length) {
        problems.add(column + " (" + length + ") is shorter than " + limit);
      }
    });
    LIMITS.keySet().stream().filter(c -> !columns.containsKey(c))
        .forEach(c -> problems.add(c + ": mapped, but no such text column"));
    assertEquals(List.of(), problems);
  }

  @Test
  void every_column_with_a_length_on_h2_holds_its_model_limit() throws Exception {
    everyColumnFitsItsLimit(TestDatabases.freshH2());
  }

  @Test
  void every_column_with_a_length_on_postgresql_holds_its_model_limit() throws Exception {
    everyColumnFitsItsLimit(TestDatabases.freshSchema(postgres));
  }

  @Test
  void every_text_limit_of_the_model_is_mapped_to_its_columns_or_said_not_stored() {
    Set<String> declared = new TreeSet<>();
    for (JavaClass type : new ClassFileImporter()
        .withImportOption(pl.lsw.core.testing.PersonalDataCheck.PRODUCTION_ONLY)
        .importPackages("pl.lsw.core")) {
      for (JavaField f : type.getFields()) {
        if (f.getName().startsWith("MAX_") && f.getModifiers().contains(JavaModifier.STATIC)
            && f.getRawType().getName().equals("int")) {
          declared.add(type.getName().substring(CORE.length()) + "#" + f.getName());
        }
      }
    }
    assertTrue(declared.contains("organisation.AbstractOrganisation#MAX_NAME")
        && declared.contains("initiative.Implementer#MAX_TEXT"), declared.toString());
    Set<String> mapped = new TreeSet<>();
    LIMITS.values().forEach(l -> mapped.addAll(Arrays.asList(l.source()
        .replaceAll("[\\[\\]]", "").split(", "))));
    List<String> unmapped = declared.stream()
        .filter(d -> !mapped.contains(d) && !NOT_STORED_TEXT.containsKey(d)).toList();
    assertEquals(List.of(), unmapped, "text limits of the model with no column");
    List<String> stale = NOT_STORED_TEXT.keySet().stream().filter(k -> !declared.contains(k))
        .toList();
    assertEquals(List.of(), stale, "constants said not to be stored that no longer exist");
  }

  @Test
  void every_probed_limit_is_the_one_the_model_enforces() {
    for (Probe probe : PROBES) {
      String longest = probe.sample().apply(probe.max());
      String longer = probe.sample().apply(probe.max() + 1);
      assertEquals(probe.max(), longest.length(), probe.rule());
      assertTrue(probe.accepts().test(longest), probe.rule() + " accepts " + longest);
      assertTrue(!probe.accepts().test(longer), probe.rule() + " refuses " + longer);
    }
  }

  @Test
  void an_enumeration_limit_is_its_longest_constant_name() {
    assertEquals(Arrays.stream(SocialServiceField.values()).mapToInt(f -> f.name().length())
        .max().getAsInt(), LIMITS.get("lsw_organisation_field.field").max());
    assertEquals(Nip.DIGITS, LIMITS.get("lsw_organisation.nip").max());
    assertEquals(KrsNumber.DIGITS, LIMITS.get("lsw_organisation.krs").max());
    assertEquals(Regon.LOCAL_UNIT_DIGITS, LIMITS.get("lsw_organisation.regon").max());
  }
}
