package pl.lsw.core.financing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.competition.CompetitionRules;

import pl.lsw.core.financing.contract.ContractRules;
import pl.lsw.core.financing.cooperative.CooperativeRules;
import pl.lsw.core.financing.initiative.InitiativeRules;
import pl.lsw.core.financing.programme.ProgrammeRules;
import pl.lsw.core.rules.KernelRules;
import pl.lsw.core.kernel.Messages;
import pl.lsw.core.rules.ParameterKey;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.RuleCatalog;
import pl.lsw.core.rules.RuleDefinition;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.rules.StatutoryParameters;

/** The rule sets of competitions, contracts, cooperative problem solving, own initiatives and programmes. */
class FinancingRuleSetsTest {

  private static final List<RuleSet> SETS = List.of(CompetitionRules.ruleSet(), ContractRules.ruleSet(),
      CooperativeRules.ruleSet(), InitiativeRules.ruleSet(), ProgrammeRules.ruleSet());

  @Test
  void the_seventeen_rules_have_distinct_codes_and_join_the_kernel_in_one_catalog() {
    RuleCatalog catalog = RuleCatalog.of(new ArrayList<>(List.of(KernelRules.ruleSet())) {
      {
        addAll(SETS);
      }
    });
    List<String> codes = SETS.stream().flatMap(s -> s.rules().stream()).map(r -> r.id().code().value()).sorted().toList();
    assertEquals(List.of("FIN-ANNULMENT", "FIN-COMMITTEE", "FIN-COMPETITION-ANNOUNCEMENT", "FIN-COMPETITION-DEADLINE",
        "FIN-COOP-JOINT-OFFER", "FIN-COST-SHIFT", "FIN-CRITERIA", "FIN-JOINT-OFFER", "FIN-MODE", "FIN-NONDELEGABLE",
        "FIN-OWN-INITIATIVE", "FIN-PROGRAMME", "FIN-REPORT-FINAL", "FIN-REPORT-PARTIAL", "FIN-RETURN-MISUSED",
        "FIN-RETURN-UNUSED", "FIN-SUPPORT-SHARE"), codes);
    assertEquals(17 + KernelRules.ruleSet().rules().size(), catalog.definitions().size());
  }

  @Test
  void every_title_and_message_key_exists_in_polish_and_english() {
    List<String> missing = new ArrayList<>();
    for (RuleSet s : SETS) {
      for (var rule : s.rules()) {
        RuleDefinition d = rule.definition();
        List<String> keys = new ArrayList<>(d.messageKeys());
        keys.add(d.titleKey());
        for (Locale l : List.of(Messages.POLISH, Locale.ENGLISH)) {
          Set<String> own = d.bundle().ownKeys(l);
          keys.stream().filter(k -> !own.contains(k)).forEach(k -> missing.add(l + ": " + k));
        }
      }
    }
    assertTrue(missing.isEmpty(), () -> "missing: " + missing);
  }

  @Test
  void the_polish_and_english_files_have_the_same_keys() {
    Set<String> pl = new TreeSet<>();
    Set<String> en = new TreeSet<>();
    for (var bundle : List.of(CompetitionRules.MESSAGES, ContractRules.MESSAGES, CooperativeRules.MESSAGES,
        InitiativeRules.MESSAGES, ProgrammeRules.MESSAGES)) {
      pl.addAll(bundle.ownKeys(Messages.POLISH));
      en.addAll(bundle.ownKeys(Locale.ENGLISH));
      assertEquals(new TreeSet<>(bundle.ownKeys(Messages.POLISH)), new TreeSet<>(bundle.ownKeys(Locale.ENGLISH)));
    }
    assertEquals(pl, en);
    assertTrue(pl.size() > 60);
  }

  @Test
  void every_parameter_a_rule_reads_has_a_statutory_value() {
    ParameterSet law = ParameterSet.statutory();
    for (RuleSet s : SETS) {
      for (var rule : s.rules()) {
        for (ParameterKey<?> k : rule.definition().parameters()) {
          assertTrue(law.contains(k), k.name());
          assertTrue(StatutoryParameters.keys().contains(k), k.name());
        }
      }
    }
  }
}
