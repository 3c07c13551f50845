package pl.lsw.core.partnership.governance.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.governance.rules.GovernanceFixture.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.testing.WrittenForPeople;
import pl.lsw.core.partnership.governance.BodyKind;
import pl.lsw.core.partnership.governance.DecisionKind;
import pl.lsw.core.partnership.governance.EducationLevel;
import pl.lsw.core.partnership.governance.ManagerQualifications;
import pl.lsw.core.partnership.governance.Meeting;
import pl.lsw.core.partnership.governance.MemberPosition;
import pl.lsw.core.partnership.governance.PersonId;
import pl.lsw.core.partnership.governance.Position;
import pl.lsw.core.partnership.governance.TaskTeam;
import pl.lsw.core.rules.Finding;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.Rule;

/**
 * The governance compliance report is written for people in both languages: with findings of
 * every governance rule, neither rendering shows an id (UUID), a path, a raw constant of a library
 * enumeration, a Java {@code toString}, an unfilled placeholder or a missing bundle key, and the
 * Polish one has no English word.
 */
class GovernanceReportTextTest {

  private static final Pattern JAVA_TO_STRING = Pattern.compile(
      "[A-Za-z]\\[|[A-Za-z]\\{|\\{[A-Za-z]+[=|}]|@[0-9a-f]{4,}\\b|Optional|\\bSome\\(|\\bList\\("
          + "|\\bVector\\(|=\\{|!GOV-|!governance");
  /** The paths the findings carry as data, e.g. {@code decisions[3].binds} or {@code memberships}. */
  private static final Pattern PATH = Pattern.compile(
      "\\b(memberships|steeringCommittee|taskTeam|focusDomains|networkWorkers|meetings\\[|decisions\\["
          + "|consortia\\[|managerQualifications)\\b|\\.binds\\b");
  /** A rule code such as {@code GOV-SC-QUARTERLY} and a parameter name are deliberate too. */
  private static final Pattern RULE_CODE =
      Pattern.compile("\\b[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\\b(?:\\.[a-z][A-Za-z]*)?");
  private static final Pattern ENGLISH_WORD = Pattern.compile(
      "\\b(the|is|are|must|cannot|should|has|have|was|were|which|with|without|been|does|only"
          + "|refused|required|acting|one|of|and|not|none|meeting|meetings|partners"
          + "|decision|year|years|month|months|people|person|chairs|hosts|due|every|least|error"
          + "|internal|rule|parameters|result|period|education|health|culture)\\b",
      Pattern.CASE_INSENSITIVE);
  /** Abbreviations that are words of their own in both languages, though some constants share them. */
  private static final Set<String> ABBREVIATIONS = Set.of("LSW", "NGO", "PZK", "WZK", "MUST", "SHOULD");

  private static final WrittenForPeople CHECK = WrittenForPeople.of(JAVA_TO_STRING, RULE_CODE,
      ENGLISH_WORD, ABBREVIATIONS, Map.of("path", PATH));

  /**
   * 2026 breaking every governance rule: no labour-market partner, two focus domains in the first
   * phase, no Steering Committee meeting in Q3 and the same host at its three meetings, a summer
   * Task Team gap and a meeting chaired by someone else (one not even registered), no open
   * meeting, a consortium quarter without a meeting and the same consortium chair three times, a
   * manager without the qualifications, a financial decision with an abstention, a decision met
   * with an objection, a decision binding a partner without a mandate, one network worker.
   */
  static Partnership everyRuleBroken() {
    Partnership p = compliant();
    PersonId stranger = PersonId.of(uuid(777));
    List<Meeting> ms = new ArrayList<>();
    for (Meeting m : p.meetings()) {
      int month = m.date().getMonthValue();
      Meeting.Builder b = Meeting.builder().from(m).openToFamilies(false).familyRepresentativesPresent(0);
      if (m.body().equals(SC)) {
        if (month == 8) {
          continue;
        }
        b.host(NGO);
      } else if (m.body().equals(TT)) {
        if (month >= 6 && month <= 8) {
          continue;
        }
        if (month == 3) {
          b.chair(WORKER_1);
        }
        if (month == 10) {
          b.chair(stranger);
        }
      } else if (m.body().equals(CONSORTIUM)) {
        if (month == 4) {
          continue;
        }
        b.chair(WORKER_1);
      }
      ms.add(b.build());
    }
    List<Membership> members = p.memberships().stream()
        .filter(m -> !m.organisation().equals(JOB_CENTRE)).toList();
    return p.withMemberships(members).withMeetings(ms)
        .withFocusDomains(Set.of(SocialServiceField.FAMILY_SUPPORT, SocialServiceField.CULTURE))
        .withTaskTeam(TaskTeam.builder().from(p.taskTeam().get())
            .managerQualifications(new ManagerQualifications(EducationLevel.POST_SECONDARY, 1, 0)).build())
        .withNetworkWorkers(List.of(WORKER_1))
        .withDecisions(List.of(
            decision(LocalDate.of(2026, 2, 10), DecisionKind.FINANCIAL, List.of(
                MemberPosition.of(MAYOR, Position.ACCEPT), MemberPosition.of(NGO_HEAD, Position.ACCEPT),
                MemberPosition.of(HEADMASTER, Position.ABSTAIN)), Set.of()),
            decision(LocalDate.of(2026, 5, 10), DecisionKind.STRATEGIC, List.of(
                MemberPosition.of(MAYOR, Position.ACCEPT), MemberPosition.of(NGO_HEAD, Position.OBJECT),
                MemberPosition.of(HEADMASTER, Position.ACCEPT)), Set.of()),
            decision(LocalDate.of(2026, 11, 10), DecisionKind.STRATEGIC, List.of(
                MemberPosition.of(MAYOR, Position.ACCEPT), MemberPosition.of(HEADMASTER, Position.ACCEPT)),
                Set.of(SCHOOL))));
  }

  /** Partners of social assistance only: every kind GOV-SECTORS and GOV-OUTSIDE-SECTORS can miss. */
  static Partnership socialAssistanceOnly() {
    Partnership p = compliant();
    return p.withMemberships(p.memberships().stream()
        .filter(m -> m.organisation().equals(DISTRICT) || m.organisation().equals(PARENTS)).toList());
  }

  @Test
  void the_report_has_findings_of_every_governance_rule() {
    GovernanceComplianceReport r = report(everyRuleBroken());
    Set<String> codes = new LinkedHashSet<>();
    r.findings().forEach(f -> codes.add(f.code().value()));
    List<String> all = GovernanceRules.all().stream().map(x -> x.definition().code().value()).toList();
    assertEquals(all, List.copyOf(codes));
    assertTrue(r.ruleReport().isComplete(), () -> r.ruleReport().failures().toString());
  }

  @Test
  void the_polish_report_is_written_for_people() {
    for (Partnership p : List.of(everyRuleBroken(), socialAssistanceOnly(), compliant())) {
      for (GovernanceComplianceReport.Grouping g : GovernanceComplianceReport.Grouping.values()) {
        assertWrittenForPeople(report(p).render(Messages.POLISH, g), true);
      }
    }
  }

  @Test
  void the_english_report_is_written_for_people() {
    for (Partnership p : List.of(everyRuleBroken(), socialAssistanceOnly(), compliant())) {
      for (GovernanceComplianceReport.Grouping g : GovernanceComplianceReport.Grouping.values()) {
        assertWrittenForPeople(report(p).render(Locale.ENGLISH, g), false);
      }
    }
  }

  @Test
  void every_message_of_every_finding_is_written_for_people_in_both_languages() {
    for (Partnership p : List.of(everyRuleBroken(), socialAssistanceOnly())) {
      for (Finding f : report(p).findings()) {
        String prefix = f.code().value() + ": ";
        assertWrittenForPeople(prefix + f.message(Messages.POLISH), true);
        assertWrittenForPeople(prefix + f.message(Locale.ENGLISH), false);
      }
    }
  }

  @Test
  void things_are_named_by_their_names_and_polish_plurals_agree_with_their_numbers() {
    GovernanceComplianceReport r = report(everyRuleBroken());
    String pl = r.render(Messages.POLISH);
    String en = r.render(Locale.ENGLISH);
    assertTrue(pl.contains("Spotkanie Zespołu Zadaniowego z 15.03.2026 prowadziła osoba inna niż"
        + " Kierownik Zespołu Zadaniowego Piotr Kierownik: Kasia Animatorka."), pl);
    assertTrue(pl.contains("osoba spoza rejestru partnerstwa"), pl);
    assertTrue(en.contains("a person not registered in the partnership"), en);
    assertTrue(pl.contains("Komitet Sterujący: Fundacja Kokon gości 3 kolejne posiedzenia"
        + " (10.02.2026 – 10.11.2026: 10.02.2026, 10.05.2026, 10.11.2026)."), pl);
    assertTrue(pl.contains("Konsorcjum Wykonawcze: Kasia Animatorka przewodniczy 3 kolejnym spotkaniom"
        + " konsorcjum „przemoc w rodzinie”"), pl);
    assertTrue(pl.contains("ma 1 rok doświadczenia w pomocy rodzinom; wymagane co najmniej 3 lata."), pl);
    assertTrue(pl.contains("ma 0 miesięcy doświadczenia w koordynowaniu projektów; wymagane co najmniej"
        + " 6 miesięcy."), pl);
    assertTrue(pl.contains("nie ma wykształcenia wyższego (ma wykształcenie: policealne)"), pl);
    assertTrue(en.contains("has no higher education (has: post-secondary)"), en);
    assertTrue(pl.contains("(01.12.2025 – 30.11.2026, 12 miesięcy) partnerstwo ma 2 obszary działania"
        + " zamiast jednego: wspieranie rodziny, kultura."), pl);
    assertTrue(en.contains("the partnership has 2 focus domains instead of one: family support, culture."), en);
    assertTrue(pl.contains("Decyzja finansowa z 10.02.2026 „budżet 2026” nie została zaakceptowana"), pl);
    assertTrue(pl.contains("(co 2 miesiące)"), pl);
    assertTrue(pl.contains("(zalecenie, podstawa: 000 §Płaszczyzna 1)"), pl);
    assertTrue(pl.contains("Raport zgodności zarządzania partnerstwem „Praski Kokon”\n"), pl);
    assertTrue(pl.contains("GOV-TT-BIMONTHLY.intervalMonths = 2 miesiące (najdłuższy dopuszczalny odstęp"), pl);
  }

  @Test
  void a_rule_that_could_not_be_checked_is_named_with_the_parameter_it_lacked() {
    GovernanceComplianceReport r = GovernanceCompliance.evaluate(everyRuleBroken(), organisations(),
        YEAR_2026, AS_OF, ParameterSet.empty());
    assertFalse(r.ruleReport().isComplete());
    String pl = r.render(Messages.POLISH);
    String en = r.render(Locale.ENGLISH);
    assertWrittenForPeople(pl, true);
    assertWrittenForPeople(en, false);
    assertTrue(pl.contains("Reguły GOV-FOCUS v1 nie udało się sprawdzić: parametr"
        + " GOV-FOCUS.firstPhaseMonths nie ma wartości na dzień 15.01.2027."), pl);
    assertTrue(en.contains("Rule GOV-FOCUS v1 could not be checked: the parameter"
        + " GOV-FOCUS.firstPhaseMonths has no value on 2027-01-15."), en);
  }

  @Test
  void paths_stay_in_the_findings_data() {
    GovernanceComplianceReport r = report(everyRuleBroken());
    assertEquals("memberships", r.findingsOf(GovernanceRules.SECTORS.definition().code()).get(0).path());
    assertEquals("steeringCommittee",
        r.findingsOf(GovernanceRules.SC_QUARTERLY.definition().code()).get(0).path());
    assertEquals("decisions[0]",
        r.findingsOf(GovernanceRules.FINANCIAL_CONSENSUS.definition().code()).get(0).path());
    assertEquals(EducationLevel.POST_SECONDARY,
        r.findingsOf(GovernanceRules.TT_MANAGER.definition().code()).get(0).arguments().get("level"));
  }

  @Test
  void every_rule_declares_its_finding_keys_under_its_own_code_in_both_languages() {
    for (Rule<GovernanceSubject> rule : GovernanceRules.all()) {
      String code = rule.definition().code().value();
      for (String key : rule.definition().messageKeys()) {
        assertTrue(key.startsWith(code + "."), key);
        assertTrue(rule.definition().bundle().ownKeys(Messages.POLISH).contains(key), key);
        assertTrue(rule.definition().bundle().ownKeys(Locale.ENGLISH).contains(key), key);
      }
    }
  }

  private static GovernanceComplianceReport report(Partnership p) {
    return GovernanceCompliance.evaluate(p, organisations(), YEAR_2026, AS_OF);
  }

  private static void assertWrittenForPeople(String text, boolean polish) {
    List<String> bad = CHECK.problems(text, polish);
    assertTrue(bad.isEmpty(), () -> String.join("\n", bad) + "\n---\n" + text);
    assertFalse(text.isBlank());
  }
}
