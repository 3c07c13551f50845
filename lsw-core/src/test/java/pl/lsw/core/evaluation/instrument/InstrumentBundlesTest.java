package pl.lsw.core.evaluation.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.Messages;

class InstrumentBundlesTest {

  @Test
  void the_polish_and_english_files_have_the_same_keys() {
    for (var bundle : java.util.List.of(InstrumentProblems.PROBLEMS.bundle(),
        InstrumentProblems.TEXTS, InstrumentRules.MESSAGES)) {
      assertEquals(bundle.ownKeys(Messages.POLISH), bundle.ownKeys(Locale.ENGLISH),
          bundle.baseName());
      assertTrue(!bundle.ownKeys(Locale.ENGLISH).isEmpty(), bundle.baseName());
    }
  }
}
