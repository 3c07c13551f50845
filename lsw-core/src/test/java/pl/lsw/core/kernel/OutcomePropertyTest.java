package pl.lsw.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Property;

/** Seeded properties of the outcome vocabulary: ProblemBundle, Problem, Refusal and Change. */
class OutcomePropertyTest {

  private static final ProblemBundle PROBLEMS = TextChecks.PROBLEMS;
  private static final String[] CODES = {"TEXT_EMPTY", "VALUE_MISSING", "MONEY_FORMAT", "NIP_LENGTH"};

  private static Problem problem(Random rnd) {
    String code = CODES[rnd.nextInt(CODES.length)];
    String path = rnd.nextBoolean() ? "" : "field" + rnd.nextInt(5);
    switch (code) {
      case "MONEY_FORMAT":
        return PROBLEMS.problem(path, code, "value", "x" + rnd.nextInt(100));
      case "NIP_LENGTH":
        return PROBLEMS.problem(path, code, "value", "\"1\"", "expected", 10, "count", rnd.nextInt(30));
      default:
        return PROBLEMS.problem(path, code, "what", Label.of("pole " + rnd.nextInt(9), "field"));
    }
  }

  private static List<Problem> problems(Random rnd) {
    List<Problem> out = new ArrayList<>();
    int n = 1 + rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      out.add(problem(rnd));
    }
    return out;
  }

  /** A domain event for the tests. */
  private record Happened(int number) implements DomainEvent {
    @Override
    public Instant occurredAt() {
      return Instant.EPOCH;
    }

    @Override
    public String type() {
      return "Happened";
    }

    @Override
    public String aggregateId() {
      return "a";
    }
  }

  @Test
  void a_bundle_problem_keeps_its_arguments_as_data_in_order_and_reads_in_both_languages() {
    Property.forAll("bundle problems", rnd -> {
      int count = rnd.nextInt(1000);
      Problem p = PROBLEMS.problem("nip", "NIP_LENGTH", "value", "\"1\"", "expected", 10, "count", count);
      assertEquals(List.of("value", "expected", "count"), List.copyOf(p.arguments().keySet()));
      assertEquals(count, p.arguments().get("count"));
      assertTrue(!p.message(pl.lsw.core.kernel.Messages.POLISH).equals(p.message(java.util.Locale.ENGLISH)));
      assertTrue(p.message(Locale.ENGLISH).endsWith("but has " + count), p.message());
      assertTrue(p.message(Messages.POLISH).endsWith("a ma " + count), p.message(Messages.POLISH));
      assertEquals(p.message(), p.message(Locale.ENGLISH));
      assertEquals(p.message(Messages.POLISH), p.message(Locale.GERMAN), "other languages read Polish");
      assertEquals(p, PROBLEMS.problem("nip", "NIP_LENGTH", "value", "\"1\"", "expected", 10, "count", count));
    });
  }

  @Test
  void a_problem_under_a_parent_gets_the_joined_path_and_keeps_the_rest() {
    Property.forAll("under", rnd -> {
      Problem p = problem(rnd);
      String parent = "parent" + rnd.nextInt(9);
      Problem moved = p.under(parent);
      assertEquals(p.path().isEmpty() ? parent : parent + "." + p.path(), moved.path());
      assertEquals(p.code(), moved.code());
      assertEquals(p.arguments(), moved.arguments());
      assertEquals(p.message(Messages.POLISH), moved.message(Messages.POLISH));
      assertEquals(p, p.under(""));
    });
  }

  @Test
  void a_keyed_problem_has_its_own_code_and_the_text_of_its_key() {
    Problem p = PROBLEMS.keyed("TEXT_EMPTY", "name", "NAME_EMPTY", "what", Label.of("nazwa", "the name"));
    assertEquals("NAME_EMPTY", p.code());
    assertEquals("the name is required", p.message());
    assertEquals("nazwa: pole wymagane", p.message(Messages.POLISH));
    assertThrows(IllegalArgumentException.class, () -> PROBLEMS.problem("", "TEXT_EMPTY", "what"));
  }

  @Test
  void a_refusal_lists_every_reason_in_order_and_answers_by_code() {
    Property.forAll("refusals", rnd -> {
      List<Problem> reasons = problems(rnd);
      Refusal refusal = Refusal.of(reasons);
      assertEquals(reasons, refusal.reasons());
      assertEquals(reasons.stream().map(Problem::code).toList(), refusal.codes());
      for (String code : CODES) {
        List<Problem> withCode = reasons.stream().filter(r -> r.code().equals(code)).toList();
        assertEquals(withCode, refusal.reasons(code));
        assertEquals(!withCode.isEmpty(), refusal.has(code));
      }
      assertEquals(reasons.size(), refusal.message(Messages.POLISH).split("\n").length);
      assertEquals(reasons.size(), refusal.message().split("\n").length);
      assertEquals(refusal.message(Locale.ENGLISH), refusal.message());
      Refusal more = Refusal.of(problems(rnd));
      Refusal both = refusal.and(more);
      assertEquals(reasons.size() + more.reasons().size(), both.reasons().size());
      assertEquals(reasons, both.reasons().subList(0, reasons.size()));
    });
    assertThrows(IllegalArgumentException.class, () -> Refusal.of(List.of()));
  }

  @Test
  void a_change_keeps_its_events_in_order_and_its_created_id() {
    Property.forAll("changes", rnd -> {
      List<Happened> first = new ArrayList<>();
      List<Happened> second = new ArrayList<>();
      int n = rnd.nextInt(5);
      int m = rnd.nextInt(5);
      for (int i = 0; i < n; i++) {
        first.add(new Happened(i));
      }
      for (int i = 0; i < m; i++) {
        second.add(new Happened(n + i));
      }
      UUID id = new UUID(rnd.nextLong(), rnd.nextLong());
      Change<String> created = Change.created("v1", id, first);
      Change<String> later = Change.of("v2", second);
      assertEquals(id, created.createdId(UUID.class));
      assertThrows(IllegalStateException.class, () -> created.createdId(String.class));
      assertThrows(IllegalStateException.class, () -> later.createdId(UUID.class));
      Change<String> both = created.andThen(later);
      assertEquals("v2", both.state());
      assertEquals(n + m, both.events().size());
      assertEquals(n + m, both.events(Happened.class).size());
      for (int i = 0; i < n + m; i++) {
        assertEquals(i, both.events(Happened.class).get(i).number());
      }
      assertEquals(Optional.of(id), both.createdId());
      assertEquals(Optional.of(id), later.andThen(created).createdId());
      assertEquals("stored", created.withState("stored").state());
      assertEquals(created.events(), created.withState("stored").events());
      assertFalse(later.createdId().isPresent());
    });
  }
}
