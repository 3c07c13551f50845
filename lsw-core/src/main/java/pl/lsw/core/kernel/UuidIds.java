package pl.lsw.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Parsing of the text form of UUID-based typed ids ({@code OrganisationId}, {@code PartnershipId},
 * ...), so that every id reports a missing or malformed value the same way.
 *
 * <p>Polish: <i>identyfikatory UUID</i>.
 */
public final class UuidIds {

  private static final Pattern CANONICAL = Pattern.compile(
      "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private UuidIds() {}

  /**
   * Parses the canonical text form of a UUID ({@code 8-4-4-4-12} hexadecimal digits).
   *
   * @param text the text, may be null
   * @param codePrefix the prefix of problem codes, e.g. {@code "PARTNERSHIP_ID"}: the codes are
   *     {@code <prefix>_MISSING} and {@code <prefix>_FORMAT}
   * @param what what the id names, in both languages, e.g. {@code Label.of("identyfikator
   *     partnerstwa", "a partnership id")}
   * @return the UUID, or the problem with the text
   */
  public static Validation<Seq<Problem>, UUID> parse(CharSequence text, String codePrefix, Localized what) {
    if (text == null || TextChecks.isBlank(text.toString())) {
      return Validation.invalid(List.of(
          TextChecks.PROBLEMS.keyed("ID_MISSING", "", codePrefix + "_MISSING", "what", what)));
    }
    String s = text.toString().trim();
    if (!CANONICAL.matcher(s).matches()) {
      return Validation.invalid(List.of(TextChecks.PROBLEMS.keyed("ID_FORMAT", "",
          codePrefix + "_FORMAT", "value", text.toString(), "what", what)));
    }
    return Validation.valid(UUID.fromString(s));
  }

  /**
   * Parses like {@link #parse(CharSequence, String, Localized)} and throws when the text is not a
   * UUID.
   *
   * @param text the text, may be null
   * @param codePrefix the prefix of problem codes
   * @param what what the id names, in both languages
   * @return the UUID
   * @throws InvalidInputException listing the problem
   */
  public static UUID parseOrThrow(CharSequence text, String codePrefix, Localized what) {
    Validation<Seq<Problem>, UUID> result = parse(text, codePrefix, what);
    if (result.isInvalid()) {
      throw new InvalidInputException(result.getError().toJavaList());
    }
    return result.get();
  }
}
