package pl.lsw.core.rules;

import java.util.Objects;

/**
 * Where a rule comes from: a section of one of the model documents listed in the repository's
 * {@code docs/SOURCES.md} (numbered {@code 000}–{@code 004}), or a provision
 * of a legal act (statute or regulation).
 *
 * <p>Polish: <i>podstawa (źródło) reguły</i>.
 */
public sealed interface SourceReference permits SourceReference.SeedSection, SourceReference.LegalAct {

  /** The reference as one line, e.g. {@code "000 §Płaszczyzna 3"} or {@code "UDPP art. 19a ust. 1"}. */
  String text();

  /**
   * A section of a model document, e.g. {@code seed("000", "§Płaszczyzna 3")}.
   *
   * @param document the document number, e.g. {@code "000"}
   * @param section the section within it, e.g. {@code "§Płaszczyzna 3"}; may be empty
   */
  static SeedSection seed(String document, String section) {
    return new SeedSection(document, section);
  }

  /**
   * A provision of a legal act, e.g. {@code legalAct("UDPP", "art. 19a ust. 1")}.
   *
   * @param act the act's abbreviation or full title
   * @param provision the article, paragraph or point; may be empty when the act as a whole applies
   */
  static LegalAct legalAct(String act, String provision) {
    return new LegalAct(act, provision);
  }

  /**
   * A section of a model document.
   *
   * <p>Polish: <i>rozdział dokumentu źródłowego</i>.
   *
   * @param document the document number, e.g. {@code "000"}
   * @param section the section, e.g. {@code "§Płaszczyzna 3"}; may be empty
   */
  record SeedSection(String document, String section) implements SourceReference {
    /** Validates that the document is given. */
    public SeedSection {
      Checks.requireText(document, "seed document");
      Objects.requireNonNull(section, "section");
    }

    @Override
    public String text() {
      return section.isEmpty() ? document : document + " " + section;
    }
  }

  /**
   * A provision of a statute (<i>ustawa</i>) or a regulation (<i>rozporządzenie</i>).
   *
   * <p>Polish: <i>przepis aktu prawnego</i>.
   *
   * @param act the act, e.g. {@code "UDPP"} or a full title
   * @param provision e.g. {@code "art. 19a ust. 1"}; may be empty
   */
  record LegalAct(String act, String provision) implements SourceReference {
    /** Validates that the act is given. */
    public LegalAct {
      Checks.requireText(act, "legal act");
      Objects.requireNonNull(provision, "provision");
    }

    @Override
    public String text() {
      return provision.isEmpty() ? act : act + " " + provision;
    }
  }
}
