package pl.lsw.core.process;

import pl.lsw.core.kernel.TextChecks;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to the evidence of something done: a description (e.g. "minutes of the Steering
 * Committee meeting of 12 March 2026, item 3") and, optionally, where the document is. The library
 * keeps the reference, never the document.
 *
 * <p>Polish: <i>odniesienie do dowodu (dokumentu potwierdzającego)</i>.
 *
 * @param text a non-blank description of the evidence
 * @param uri where the evidence is, if known
 */
public record EvidenceReference(String text, Optional<URI> uri) {

  /**
   * Refuses a null or blank text and a null optional, and a text that holds a PESEL number
   * ({@code EVIDENCE_REFERENCE_PESEL}, an {@link pl.lsw.core.kernel.InvalidInputException}).
   */
  public EvidenceReference {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(uri, "uri");
    if (TextChecks.isBlank(text)) {
      throw new IllegalArgumentException("an evidence reference needs a description");
    }
    java.util.List<pl.lsw.core.kernel.Problem> problems = new java.util.ArrayList<>();
    TextChecks.refusePesel(problems, "text", "EVIDENCE_REFERENCE",
        pl.lsw.core.kernel.Label.of("Opis dowodu", "The evidence's description"), text);
    if (!problems.isEmpty()) {
      throw new pl.lsw.core.kernel.InvalidInputException(problems);
    }
  }

  /** A reference described in words only. */
  public static EvidenceReference of(String text) {
    return new EvidenceReference(text, Optional.empty());
  }

  /** A reference described in words, with the document's address. */
  public static EvidenceReference of(String text, URI uri) {
    return new EvidenceReference(text, Optional.of(uri));
  }

  /** A reference given by the document's address only; the address is also its description. */
  public static EvidenceReference ofUri(URI uri) {
    return new EvidenceReference(uri.toString(), Optional.of(uri));
  }

  /** The description, followed by the address when there is one. */
  @Override
  public String toString() {
    return uri.map(u -> text.equals(u.toString()) ? text : text + " <" + u + ">").orElse(text);
  }
}
