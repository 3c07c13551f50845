package pl.lsw.core.financing.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.advice.AdviceRules;
import pl.lsw.core.rules.Rule;
import pl.lsw.core.rules.RuleCatalog;
import pl.lsw.core.rules.RuleSet;

class SmallGrantMessagesTest {

  @Test
  void the_small_grant_rule_set_lists_all_nine_rules_in_order() {
    assertEquals(List.of("FIN-SMALL-GRANT-AMOUNT", "FIN-SMALL-GRANT-DURATION", "FIN-SMALL-GRANT-SCOPE",
            "FIN-SMALL-GRANT-PUBLICATION", "FIN-SMALL-GRANT-COMMENTS", "FIN-SMALL-GRANT-YEARLY-CAP",
            "FIN-SMALL-GRANT-BUDGET-SHARE", "FIN-SMALL-GRANT-DISTRICT-ALLOTMENT",
            "FIN-SMALL-GRANT-PARAMETERS"),
        SmallGrantRules.ruleSet().rules().stream().map(r -> r.id().code().value()).toList());
  }

  @Test
  void every_title_and_message_of_the_small_grant_and_advice_rules_exists_in_polish_and_english() {
    for (RuleSet set : List.of(SmallGrantRules.ruleSet(), AdviceRules.ruleSet())) {
      for (Rule<?> r : set.rules()) {
        for (Locale l : List.of(new Locale("pl"), Locale.ENGLISH)) {
          assertTrue(r.definition().bundle().ownKeys(l).contains(r.definition().titleKey()), r + " title " + l);
          for (String k : r.definition().messageKeys()) {
            assertTrue(r.definition().bundle().ownKeys(l).contains(k), k + " in " + l);
          }
        }
      }
    }
  }

  @Test
  void both_rule_sets_can_be_registered_in_one_catalog_with_the_standard_ones() {
    RuleCatalog catalog = RuleCatalog.of(SmallGrantRules.ruleSet(), AdviceRules.ruleSet());
    assertEquals(13, catalog.size());
    assertEquals("financing-small-grant", catalog.ruleSetOf(SmallGrantRules.AMOUNT.id().code()).get());
  }
}
