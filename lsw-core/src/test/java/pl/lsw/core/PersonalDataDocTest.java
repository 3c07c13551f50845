package pl.lsw.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import pl.lsw.core.evaluation.instrument.LearningDimension;
import pl.lsw.core.evaluation.instrument.LearningPosition;
import pl.lsw.core.evaluation.instrument.LearningProfile;
import pl.lsw.core.family.plan.PlanItem;
import pl.lsw.core.family.plan.PlanSource;
import pl.lsw.core.information.ExternalContact;
import pl.lsw.core.information.ExternalContactId;
import pl.lsw.core.information.InformationItem;
import pl.lsw.core.information.InformationKind;
import pl.lsw.core.initiative.AccessConditions;
import pl.lsw.core.initiative.MapEntryId;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.ContactPerson;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.Sector;
import pl.lsw.core.typology.Interaction;
import pl.lsw.core.typology.InteractionKind;
import pl.lsw.core.typology.Relationship;

/**
 * docs/PERSONAL-DATA.md and the code agree on the free text of the model: the table of fields
 * that refuse a PESEL number lists exactly the fields (path and code) that the main sources pass
 * through a check that refuses one ({@code TextChecks.requireText}, {@code optionalText}, {@code
 * refusePesel}, {@code FinancingChecks.requireText}, {@code refusePesel}, {@code
 * SmallGrantProblems.pesel}), and a value with a PESEL in fields the family's plans and the
 * co-informing bases keep is refused with the documented code.
 */
class PersonalDataDocTest {

  private static final Path DOC = Path.of("..", "docs", "PERSONAL-DATA.md");
  private static final Path MAIN = Path.of("src", "main", "java");

  /** A call of a check that refuses a PESEL: its path expression and its literal code. */
  private static final Pattern CHECK = Pattern.compile(
      "(?:TextChecks|FinancingChecks|SmallGrantProblems)\\.(?:requireText|optionalText|refusePesel"
          + "|pesel)\\(\\s*(?:[a-z]\\w*\\s*,\\s*)?(\"(?:[^\"\\\\]|\\\\.)*\"(?:\\s*\\+\\s*[^,]+)?)"
          + "\\s*,\\s*\"([A-Z_]+)\"");

  /** A row of the table: the field's path and the code when it holds a PESEL. */
  private static final Pattern ROW = Pattern.compile(
      "^\\|[^|]+\\|[^|]+\\|\\s*`([^`]+)`\\s*\\|\\s*`([A-Z_]+)_PESEL`\\s*\\|\\s*$");

  /** Checks that go through the text policy but do not check free text, with the reason. */
  private static final Map<String, String> NOT_FREE_TEXT = Map.of(
      "kind REVISION_KIND", "a capability's code of a change, checked as text for its length");

  private static final String PESEL = "85010112345";
  private static final String WITH = "ustalenia z rodziną (PESEL " + PESEL + ")";

  /** {@code "conclusions[" + i + "]"} as {@code conclusions[i]}. */
  private static String path(String expression) {
    StringBuilder out = new StringBuilder();
    for (String part : expression.split("\\+")) {
      String p = part.strip();
      out.append(p.startsWith("\"") ? p.substring(1, p.length() - 1) : "i");
    }
    return out.toString();
  }

  private static Set<String> checkedInCode() throws IOException {
    Set<String> found = new TreeSet<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(MAIN)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    for (Path source : sources) {
      Matcher m = CHECK.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (m.find()) {
        found.add(path(m.group(1)) + " " + m.group(2));
      }
    }
    found.removeAll(NOT_FREE_TEXT.keySet());
    return found;
  }

  private static Set<String> documented() throws IOException {
    Set<String> rows = new TreeSet<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher m = ROW.matcher(line);
      if (m.matches()) {
        rows.add(m.group(1) + " " + m.group(2));
      }
    }
    return rows;
  }

  @Test
  void the_documented_free_text_fields_are_those_the_code_checks_for_a_pesel() throws Exception {
    Set<String> code = checkedInCode();
    Set<String> doc = documented();
    assertTrue(code.size() > 60 && code.contains("note PLAN_ITEM_NOTE"),
        "the sources were read: " + code);
    assertTrue(doc.contains("address ADDRESS"), "the table was read: " + doc);
    Set<String> undocumented = new TreeSet<>(code);
    undocumented.removeAll(doc);
    Set<String> stale = new TreeSet<>(doc);
    stale.removeAll(code);
    assertEquals(Map.of("checked in the code, missing in the doc", Set.of(),
        "in the doc, checked nowhere", Set.of()),
        new TreeMap<>(Map.of("checked in the code, missing in the doc", undocumented,
            "in the doc, checked nowhere", stale)));
  }

  @Test
  void the_readme_links_the_page() throws Exception {
    assertTrue(Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8)
        .contains("(docs/PERSONAL-DATA.md)"));
  }

  private static void refused(String code, String path, Executable construction) {
    InvalidInputException e = assertThrows(InvalidInputException.class, construction, code);
    Problem p = e.problems().stream().filter(q -> q.code().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + e.problems()));
    assertEquals(path, p.path(), code);
    assertFalse(p.message(Locale.ENGLISH).contains("12345"), p.message(Locale.ENGLISH));
    assertTrue(p.message(Locale.forLanguageTag("pl")).contains("PESEL"),
        p.message(Locale.forLanguageTag("pl")));
  }

  private static final OrganisationId ONE = OrganisationId.of(new UUID(1, 1));
  private static final OrganisationId TWO = OrganisationId.of(new UUID(1, 2));
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void a_plan_items_note_with_a_pesel_is_refused() {
    refused("PLAN_ITEM_NOTE_PESEL", "note", () -> PlanItem.builder()
        .source(new PlanSource.BankEntry(MapEntryId.of(new UUID(2, 1)))).provider(ONE)
        .startsOn(DAY).endsOn(DAY.plusDays(30)).note(WITH).build());
    assertTrue(PlanItem.builder().source(new PlanSource.BankEntry(MapEntryId.of(new UUID(2, 1))))
        .provider(ONE).startsOn(DAY).endsOn(DAY.plusDays(30)).note("ustalenia z rodziną")
        .build().note().isPresent());
  }

  @Test
  void information_and_contact_texts_with_a_pesel_are_refused() {
    refused("INFORMATION_BODY_PESEL", "body", () -> InformationItem.builder()
        .kind(InformationKind.values()[0]).subject("Dyżury").body(WITH).build());
    refused("INFORMATION_SUBJECT_PESEL", "subject", () -> InformationItem.builder()
        .kind(InformationKind.values()[0]).subject("Dyżur " + PESEL).body("treść").build());
    refused("EXTERNAL_CONTACT_NOTE_PESEL", "note", () -> ExternalContact.builder()
        .id(ExternalContactId.of(new UUID(3, 1))).institution("Sąd Rejonowy").sector(Sector.values()[0])
        .contact(ContactPerson.builder().name("Zofia Żak").role("kuratorka")
            .email(java.util.Optional.of("z@example.org")).build())
        .note(WITH).build());
  }

  @Test
  void evaluation_and_access_texts_with_a_pesel_are_refused() {
    refused("INTERACTION_NOTE_PESEL", "note", () -> new Interaction(Relationship.between(ONE, TWO),
        InteractionKind.values()[0], DAY, WITH));
    refused("POSITION_NOTE_PESEL", "note", () -> new LearningProfile.DimensionPosition(
        LearningDimension.values()[0], LearningPosition.values()[0], WITH));
    refused("ACCESS_DESCRIPTION_PESEL", "description",
        () -> AccessConditions.builder().description(WITH).build());
    refused("ROLE_PESEL", "role",
        () -> ContactPerson.builder().name("Zofia Żak").role("kuratorka " + PESEL)
            .phone(java.util.Optional.of("+48 22 000 00 00")).build());
  }
}
