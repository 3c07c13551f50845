package pl.lsw.interchange.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import pl.lsw.core.kernel.MessageBundle;
import pl.lsw.core.kernel.Messages;

class InterchangeBundlesTest {

  @Test
  void every_key_of_the_bundles_exists_in_polish_and_english() {
    for (MessageBundle b : new MessageBundle[] {InterchangeProblems.PROBLEMS.bundle(), InterchangeProblems.MESSAGES}) {
      assertEquals(b.ownKeys(Messages.POLISH), b.ownKeys(Locale.ENGLISH), b.baseName());
    }
  }
}
