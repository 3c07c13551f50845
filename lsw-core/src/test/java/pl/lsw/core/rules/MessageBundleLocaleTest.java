package pl.lsw.core.rules;

import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Messages are Polish by default and English on request, whatever the JVM's default locale is. */
class MessageBundleLocaleTest {

  private Locale saved;

  @BeforeEach
  void saveDefaultLocale() {
    saved = Locale.getDefault();
  }

  @AfterEach
  void restoreDefaultLocale() {
    Locale.setDefault(saved);
  }

  private static final String PL_TITLE = "NIP ma poprawną postać i cyfrę kontrolną";
  private static final String EN_TITLE = "The NIP is well formed and has a valid check digit";

  @Test
  void with_an_english_jvm_default_asking_for_polish_still_gives_polish() {
    Locale.setDefault(Locale.US);
    MessageBundle fresh = MessageBundle.of(KernelRules.class, KernelRules.BUNDLE);
    assertEquals(PL_TITLE, fresh.format("KER-NIP.title", Map.of(), Messages.POLISH));
    assertEquals(PL_TITLE, fresh.format("KER-NIP.title", Map.of(), Locale.forLanguageTag("pl")));
    assertEquals(PL_TITLE, KernelRules.NIP.definition().title(Messages.POLISH));
    assertEquals(EN_TITLE, KernelRules.NIP.definition().title(Locale.US));
  }

  @Test
  void with_a_polish_jvm_default_asking_for_english_gives_english() {
    Locale.setDefault(Messages.POLISH);
    MessageBundle fresh = MessageBundle.of(KernelRules.class, KernelRules.BUNDLE);
    assertEquals(EN_TITLE, fresh.format("KER-NIP.title", Map.of(), Locale.ENGLISH));
    assertEquals(EN_TITLE, fresh.format("KER-NIP.title", Map.of(), Locale.UK));
  }

  @Test
  void a_language_without_its_own_file_and_the_root_locale_get_polish_the_default() {
    Locale.setDefault(Locale.US);
    MessageBundle fresh = MessageBundle.of(KernelRules.class, KernelRules.BUNDLE);
    assertEquals(PL_TITLE, fresh.format("KER-NIP.title", Map.of(), Locale.GERMAN));
    assertEquals(PL_TITLE, fresh.format("KER-NIP.title", Map.of(), Locale.ROOT));
    assertEquals(PL_TITLE, fresh.format("KER-NIP.title", Map.of(), null));
  }

  @Test
  void a_finding_message_follows_the_locale_asked_for_not_the_jvm_default() {
    Locale.setDefault(Locale.US);
    RuleReport r = RuleEngine.evaluate(RawIdentifiers.builder().nip("123").build(), "partner",
        List.of(KernelRules.NIP), StatutoryParameters.BASELINE, ParameterSet.statutory());
    Finding f = r.findings().get(0);
    assertEquals("NIP „123” musi mieć 10 cyfr.", f.message(Messages.POLISH));
    assertEquals("NIP \"123\" must have 10 digits.", f.message(Locale.US));
  }

  @Test
  void a_missing_key_is_visible_in_the_text_and_placeholders_without_arguments_stay() {
    assertEquals("!NO.such! {a=1}", KernelRules.MESSAGES.format("NO.such", Map.of("a", 1), Messages.POLISH));
    assertEquals("x {y} 1", Messages.fill("x {y} {z}", Map.of("z", 1), Messages.POLISH));
    assertTrue(KernelRules.MESSAGES.text("NO.such", Locale.ENGLISH).isEmpty());
  }

  @Test
  void a_bundle_whose_polish_base_file_is_missing_is_refused() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> MessageBundle.of(KernelRules.class, "pl/lsw/core/rules/no-such-bundle"));
  }
}
