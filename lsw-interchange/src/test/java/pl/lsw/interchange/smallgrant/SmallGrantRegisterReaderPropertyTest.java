package pl.lsw.interchange.smallgrant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Seeded random registers, some lines corrupted: every line is read, reported or a comment, never
 * dropped, and reading never throws. The seed is printed on failure.
 */
class SmallGrantRegisterReaderPropertyTest {

  private static final String[] CORRUPTIONS = {"abc", "2009-01-01", "-0001-01-01", "30.02.2026", "\"", "", "#x"};

  @Test
  void every_line_is_read_reported_or_a_comment() {
    long base = System.nanoTime();
    for (int run = 0; run < 200; run++) {
      long seed = base + run;
      Random rnd = new Random(seed);
      List<String> lines = new ArrayList<>();
      char sep = rnd.nextBoolean() ? ';' : ',';
      lines.add("# rejestr");
      lines.add(String.join(String.valueOf(sep), SmallGrantRegisterFormat.COLUMNS));
      int comments = 0;
      int blanks = 0;
      int n = 1 + rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        int kind = rnd.nextInt(10);
        if (kind == 0) {
          lines.add("# note " + i);
          comments++;
          continue;
        }
        if (kind == 1) {
          lines.add("");
          blanks++;
          continue;
        }
        List<String> f = new ArrayList<>(List.of(SmallGrantRegisterReaderTest
            .row((rnd.nextInt(5) == 0 ? "#" : "MG/") + i, "5241000122", "Fundacja Żółć", "100.00").split(";")));
        if (kind < 5) {
          int col = rnd.nextInt(f.size());
          f.set(col, CORRUPTIONS[rnd.nextInt(CORRUPTIONS.length)]);
        }
        if (kind == 5) {
          f.remove(f.size() - 1);
        }
        lines.add(String.join(String.valueOf(sep), f));
      }
      Charset cs = rnd.nextBoolean() ? StandardCharsets.UTF_8 : Charset.forName("windows-1250");
      String text = String.join(rnd.nextBoolean() ? "\n" : "\r\n", lines);
      SmallGrantRegister r;
      try {
        r = SmallGrantRegisterReader.asOf(SmallGrantRegisterReaderTest.AS_OF).read(text.getBytes(cs));
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ": reading threw", e);
      }
      int dataLines = lines.size() - 2 - comments - blanks;
      String context = "seed " + seed + "\n" + String.join("\n", lines) + "\n" + SmallGrantRegisterReaderTest.reasons(r,
          java.util.Locale.ENGLISH);
      assertEquals(dataLines, r.dataRowCount(), context);
      assertEquals(dataLines, r.rows().size() + r.malformedRows().size(), context);
      Set<Integer> seen = new HashSet<>();
      r.rows().forEach(x -> assertTrue(seen.add(x.line()), context));
      r.malformedRows().forEach(x -> assertTrue(seen.add(x.line()), context));
      assertTrue(r.fileProblems().isEmpty(), context);
      // decoded in the right charset: no replacement character, no UTF-8 read as windows-1250
      assertTrue(r.rows().stream().map(x -> x.entry().applicantName() + x.entry().taskTitle())
          .noneMatch(t -> t.contains("\uFFFD") || t.contains("Ĺ") || t.contains("Ă")), context);
    }
  }
}
