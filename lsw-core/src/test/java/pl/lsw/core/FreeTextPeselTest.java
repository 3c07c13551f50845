package pl.lsw.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vavr.control.Either;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.evaluation.AnswerCounts;
import pl.lsw.core.evaluation.SurveyQuestion;
import pl.lsw.core.evaluation.SurveyWave;
import pl.lsw.core.evaluation.instrument.BenefitRecord;
import pl.lsw.core.evaluation.instrument.EvidenceNote;
import pl.lsw.core.evaluation.instrument.StakeholderGroup;
import pl.lsw.core.evaluation.instrument.SwotItem;
import pl.lsw.core.evaluation.instrument.SwotQuadrant;
import pl.lsw.core.financing.GrantingOfficial;
import pl.lsw.core.financing.OrganisationRepresentative;
import pl.lsw.core.financing.competition.CooperativeProblem;
import pl.lsw.core.financing.competition.ProblemDefiner;
import pl.lsw.core.financing.contract.Amendment;
import pl.lsw.core.financing.contract.MisuseFinding;
import pl.lsw.core.financing.smallgrant.Comment;
import pl.lsw.core.financing.smallgrant.CommentAuthorKind;
import pl.lsw.core.financing.smallgrant.SmallGrant;
import pl.lsw.core.financing.smallgrant.SmallGrantGen;
import pl.lsw.core.financing.smallgrant.SmallGrantOffer;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.information.DeliveryOutcome;
import pl.lsw.core.kernel.Change;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.RegistryClerk;
import pl.lsw.core.organisation.Seat;
import pl.lsw.core.partnership.MatterId;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.process.EvidenceReference;
import pl.lsw.core.typology.Assessor;
import pl.lsw.core.typology.StageHistory;

/**
 * No free text of the model keeps a PESEL number: for each kind of text, one that holds a valid
 * PESEL is refused with {@code <CODE>_PESEL} at the field's path, in Polish and English, without
 * the number's digits; the same text with a wrong check digit is accepted.
 */
class FreeTextPeselTest {

  private static final String PESEL = "85010112345";
  private static final String WITH = "ustalenia dla rodziny (PESEL " + PESEL + ") z dnia";
  private static final String WITHOUT = "ustalenia dla rodziny (nr 85010112346) z dnia";
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private static void refused(String code, String path, Executable construction) {
    InvalidInputException e = assertThrows(InvalidInputException.class, construction);
    check(code, path, e.problems());
  }

  private static void check(String code, String path, List<Problem> problems) {
    Problem p = problems.stream().filter(q -> q.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + problems));
    assertEquals(path, p.path(), code);
    for (Locale locale : List.of(Locale.forLanguageTag("pl"), Locale.ENGLISH)) {
      assertTrue(p.message(locale).contains("PESEL"), p.message(locale));
      assertFalse(p.message(locale).contains("12345"), p.message(locale));
    }
    assertFalse(p.arguments().toString().contains("12345"), p.arguments().toString());
  }

  private static <S> void refusedChange(String code, String path,
      Either<Refusal, Change<S>> outcome) {
    assertTrue(outcome.isLeft(), code);
    check(code, path, outcome.getLeft().reasons());
  }

  @Test
  void texts_checked_by_the_one_text_policy() {
    refused("EVIDENCE_NOTE_PESEL", "note", () -> EvidenceNote.fromPerson(WITH));
    EvidenceNote.fromPerson(WITHOUT);
    refused("SWOT_TEXT_PESEL", "text", () -> SwotItem.of(SwotQuadrant.values()[0], WITH));
    refused("BENEFIT_DESCRIPTION_PESEL", "description",
        () -> BenefitRecord.of(StakeholderGroup.INSTITUTIONS, DAY, WITH));
    refused("ASSESSOR_PESEL", "assessor", () -> Assessor.of("ankieter " + PESEL));
    refused("HISTORY_SUBJECT_PESEL", "subject", () -> StageHistory.of(WITH, false));
    refused("ADDRESS_PESEL", "address", () -> Seat.of(TerytCode.of("1465011"), "ul. Długa 1, " + PESEL));
  }

  @Test
  void a_matter_description_and_a_meeting_reference() {
    Partnership p = PartnershipFixture.governed();
    refusedChange("MATTER_DESCRIPTION_PESEL", "description", p.raiseMatter(
        PartnershipFixture.chair(), MatterId.of(PartnershipFixture.uuid(900)), "dyżury", WITH,
        PartnershipFixture.NOW));
    refusedChange("MATTER_SUBJECT_PESEL", "subject", p.raiseMatter(
        PartnershipFixture.chair(), MatterId.of(PartnershipFixture.uuid(900)), WITH, null,
        PartnershipFixture.NOW));
    assertTrue(p.raiseMatter(PartnershipFixture.chair(), MatterId.of(PartnershipFixture.uuid(900)),
        "dyżury", WITHOUT, PartnershipFixture.NOW).isRight());
    var details = pl.lsw.core.partnership.governance.MeetingDetails.builder()
        .body(PartnershipFixture.SC).date(PartnershipFixture.DAY)
        .duration(java.time.Duration.ofHours(2)).chair(PartnershipFixture.MAYOR)
        .host(PartnershipFixture.DISTRICT)
        .attendees(List.of(PartnershipFixture.MAYOR, PartnershipFixture.NGO_HEAD))
        .openToFamilies(false).familyRepresentativesPresent(0)
        .agendaReference("agenda/2026-02").minutesReference("protokół " + PESEL).build();
    refusedChange("MEETING_MINUTES_REFERENCE_PESEL", "minutesReference", p.recordMeeting(
        PartnershipFixture.chair(), pl.lsw.core.partnership.governance.MeetingId.of(
            PartnershipFixture.uuid(901)), details, PartnershipFixture.NOW));
  }

  private static SmallGrantOffer offer(String title) {
    return SmallGrantOffer.builder().body(SmallGrantGen.WARSAW)
        .applicant(SmallGrantGen.organisation(1)).taskTitle(title).localOrRegional(true)
        .taskPeriod(DateRange.ofDays(DAY.plusDays(20), 30)).amount(Money.ofZloty(5_000))
        .mode(FundingMode.ENTRUSTING).offerReceived(DAY).build();
  }

  @Test
  void small_grant_titles_reasons_and_comments() {
    refusedChange("SMALL_GRANT_TITLE_PESEL", "taskTitle", SmallGrant.receive(
        SmallGrantGen.grantId(1), offer("Warsztaty " + PESEL), PartnershipFixture.NOW));
    SmallGrant grant = SmallGrant.receive(SmallGrantGen.grantId(1), offer("Warsztaty"),
        PartnershipFixture.NOW).get().state();
    refusedChange("SMALL_GRANT_REFUSAL_REASON_PESEL", "reason",
        grant.refuse(DAY.plusDays(1), WITH, PartnershipFixture.NOW));
    assertTrue(grant.refuse(DAY.plusDays(1), WITHOUT, PartnershipFixture.NOW).isRight());
    refused("COMMENT_REFERENCE_PESEL", "textReference",
        () -> Comment.received(DAY, CommentAuthorKind.values()[0], "uwaga " + PESEL));
    Comment.received(DAY, CommentAuthorKind.values()[0], "uwaga 1/2026");
  }

  @Test
  void financing_texts() {
    refused("AMENDMENT_DESCRIPTION_PESEL", "description", () -> Amendment.builder().number(1)
        .signedOn(DAY).description(WITH).build());
    refused("MISUSE_DESCRIPTION_PESEL", "description",
        () -> new MisuseFinding(DAY, Money.ofZloty(10), WITH));
    refused("PROBLEM_STATEMENT_PESEL", "statement", () -> CooperativeProblem.builder()
        .statement(WITH).definedBy(ProblemDefiner.values()[0]).build());
    refused("REQUIRED_RESULT_PESEL", "requiredResults[1]", () -> CooperativeProblem.builder()
        .statement("przemoc").definedBy(ProblemDefiner.values()[0])
        .addRequiredResults("plan", WITH).build());
    refused("GRANTING_OFFICIAL_POSITION_PESEL", "position",
        () -> new GrantingOfficial(SmallGrantGen.WARSAW, "naczelnik " + PESEL));
    refused("REPRESENTATIVE_NAME_PESEL", "name", () -> new OrganisationRepresentative(
        SmallGrantGen.organisation(1), "prezes " + PESEL));
  }

  @Test
  void registry_evidence_survey_and_delivery_texts() {
    refused("REGISTRY_CLERK_POSITION_PESEL", "position", () -> RegistryClerk.of("inspektor " + PESEL));
    refused("EVIDENCE_REFERENCE_PESEL", "text", () -> EvidenceReference.of(WITH));
    refused("EVIDENCE_REFERENCE_PESEL", "text",
        () -> EvidenceReference.of(WITH, URI.create("https://example.org/1")));
    refused("SURVEY_WAVE_NAME_PESEL", "name", () -> SurveyWave.of("fala " + PESEL, DAY,
        Map.of(SurveyQuestion.ATMOSPHERE, AnswerCounts.of(1, 1, 1, 1, 1, 1))));
    refused("DELIVERY_FAILURE_REASON_PESEL", "failureReason",
        () -> DeliveryOutcome.failure("odbiorca " + PESEL + " nieznany"));
    DeliveryOutcome.failure("odbiorca nieznany");
    assertEquals(Optional.empty(), DeliveryOutcome.success().failureReason());
  }
}
