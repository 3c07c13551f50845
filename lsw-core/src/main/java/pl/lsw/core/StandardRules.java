package pl.lsw.core;

import java.util.List;
import pl.lsw.core.basket.BasketRules;
import pl.lsw.core.evaluation.EvaluationParameters;
import pl.lsw.core.evaluation.EvaluationRules;
import pl.lsw.core.evaluation.evidence.RecordEvidenceParameters;
import pl.lsw.core.evaluation.instrument.InstrumentRules;
import pl.lsw.core.financing.advice.AdviceRules;
import pl.lsw.core.financing.competition.CompetitionRules;
import pl.lsw.core.financing.contract.ContractRules;
import pl.lsw.core.financing.cooperative.CooperativeRules;
import pl.lsw.core.financing.initiative.InitiativeRules;
import pl.lsw.core.financing.programme.ProgrammeRules;
import pl.lsw.core.financing.smallgrant.SmallGrantRules;
import pl.lsw.core.initiative.BankRules;
import pl.lsw.core.information.InformationRules;
import pl.lsw.core.family.plan.PlanRules;
import pl.lsw.core.initiative.MapEntryRules;
import pl.lsw.core.partnership.governance.rules.GovernanceParameters;
import pl.lsw.core.partnership.governance.rules.GovernanceRules;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.KernelRules;
import pl.lsw.core.rules.RuleCatalog;
import pl.lsw.core.rules.RuleSet;
import pl.lsw.core.typology.TypologyParameters;
import pl.lsw.core.typology.TypologyRules;

/**
 * The one place where the library's capabilities register their rules. It sits above the
 * capabilities so that none of them depends on another through the catalog: a capability exposes
 * its rules as a {@link RuleSet} in its own package, and this class lists every such set.
 *
 * <p>To add a capability's rules, give it a class with a {@code ruleSet()} method (like {@link
 * KernelRules#ruleSet()}) and add the call to {@link #ruleSets()}; the catalog then refuses a
 * duplicate code, and the bundle test checks the new rules' messages in both languages.
 *
 * <p>Polish: <i>standardowy katalog reguł biblioteki</i>.
 */
public final class StandardRules {

  private static final class Holder {
    static final RuleCatalog CATALOG = RuleCatalog.of(ruleSets());
    static final ParameterSet PARAMETERS =
        ParameterSet.statutory().overlay(GovernanceParameters.defaults())
            .overlay(BankRules.defaults())
            .overlay(BasketRules.defaults())
            .overlay(PlanRules.defaults())
            .overlay(TypologyParameters.defaults())
            .overlay(EvaluationParameters.defaults())
            .overlay(RecordEvidenceParameters.defaults());
  }

  private StandardRules() {}

  /** Every rule set of the library, in catalog order. */
  public static List<RuleSet> ruleSets() {
    return List.of(
        KernelRules.ruleSet(),
        GovernanceRules.ruleSet(),
        SmallGrantRules.ruleSet(),
        AdviceRules.ruleSet(),
        CompetitionRules.ruleSet(),
        ContractRules.ruleSet(),
        CooperativeRules.ruleSet(),
        InitiativeRules.ruleSet(),
        ProgrammeRules.ruleSet(),
        MapEntryRules.ruleSet(),
        BankRules.ruleSet(),
        BasketRules.ruleSet(),
        InformationRules.ruleSet(),
        PlanRules.ruleSet(),
        TypologyRules.ruleSet(),
        EvaluationRules.ruleSet(),
        InstrumentRules.ruleSet());
  }

  /**
   * The parameter values of every rule in the catalog, each with the date from which it applies:
   * the statutory set ({@link ParameterSet#statutory()}) with the model's own defaults (e.g. the
   * governance rules' meeting intervals) laid over it. A caller changes a value from a date with
   * {@link ParameterSet#with} or {@link ParameterSet#overlay}.
   */
  public static ParameterSet parameters() {
    return Holder.PARAMETERS;
  }

  /** The library's catalog: every rule it knows, built from {@link #ruleSets()}. */
  public static RuleCatalog catalog() {
    return Holder.CATALOG;
  }
}
