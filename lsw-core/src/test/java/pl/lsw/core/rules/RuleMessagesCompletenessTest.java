package pl.lsw.core.rules;

import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import pl.lsw.core.StandardRules;

/** Every title and message key of every standard rule exists in the Polish and the English file. */
class RuleMessagesCompletenessTest {

  private static final List<Locale> LANGUAGES = List.of(Messages.POLISH, Locale.ENGLISH);

  @Test
  void every_key_used_by_a_rule_of_the_standard_catalog_exists_in_both_languages() {
    List<String> missing = new ArrayList<>();
    for (RuleDefinition d : StandardRules.catalog().definitions()) {
      List<String> keys = new ArrayList<>(d.messageKeys());
      keys.add(d.titleKey());
      for (Locale l : LANGUAGES) {
        Set<String> own = d.bundle().ownKeys(l);
        keys.stream().filter(k -> !own.contains(k))
            .forEach(k -> missing.add(d.bundle().baseName() + " [" + l.getLanguage() + "]: " + k));
      }
    }
    assertTrue(missing.isEmpty(), () -> "missing message keys: " + missing);
  }

  @Test
  void the_polish_and_english_files_of_the_core_bundle_have_the_same_keys() {
    Set<String> pl = KernelRules.MESSAGES.ownKeys(Messages.POLISH);
    Set<String> en = KernelRules.MESSAGES.ownKeys(Locale.ENGLISH);
    assertTrue(pl.equals(en), () -> "only in Polish: " + minus(pl, en) + "; only in English: " + minus(en, pl));
    assertTrue(pl.size() > 20);
  }

  @Test
  void the_check_would_notice_a_key_missing_in_one_language() {
    assertTrue(!KernelRules.MESSAGES.ownKeys(Locale.ENGLISH).contains("KER-NIP.nonexistent"));
    assertTrue(!TestRules.BUNDLE.ownKeys(Locale.ENGLISH).isEmpty());
  }

  private static Set<String> minus(Set<String> a, Set<String> b) {
    Set<String> r = new java.util.TreeSet<>(a);
    r.removeAll(b);
    return r;
  }
}
