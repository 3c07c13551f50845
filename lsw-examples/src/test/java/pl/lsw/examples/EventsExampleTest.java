package pl.lsw.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The events example, run twice on one database, in Polish and in English. */
class EventsExampleTest {

  @TempDir
  Path dir;

  @Test
  void a_founding_survives_a_broker_that_is_down_is_answered_again_under_its_key_and_delivered()
      throws Exception {
    String db = dir.resolve("lsw").toString();

    String polish = ExampleOutput.run("events", "--db", db);
    assertTrue(polish.contains("założenie grupy zapisano (partnerstw: 0 → 1)"), polish);
    assertTrue(polish.contains("błąd: java.lang.IllegalStateException: broker unavailable"), polish);
    assertTrue(polish.contains("ta sama odpowiedź (to samo id), partnerstw nadal 1."), polish);
    assertTrue(polish.contains("Broker znów działa: doręczonych zdarzeń: 3, czekających: 0."),
        polish);
    assertTrue(polish.contains("- PartnershipFounded, "), polish);
    assertTrue(polish.contains("doręczone"), polish);

    String english = ExampleOutput.run("events", "--db", db, "--lang", "en");
    assertTrue(english.contains("(partnerships: 1 → 2)"), english);
    assertTrue(english.contains("the same answer (the same id), still 2 partnerships."), english);
    assertTrue(english.contains("The broker is back: 3 events delivered, 0 waiting."), english);
  }
}
