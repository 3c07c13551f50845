package pl.lsw.core.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.KrsNumber;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Regon;

/**
 * An organisation in the registry: a partner, or a potential partner, of a local support system.
 *
 * <p>Polish: <i>organizacja (partner)</i>.
 *
 * <p>Build one with {@code Organisation.builder()} (its {@code build()} throws
 * {@link pl.lsw.core.kernel.InvalidInputException} listing every broken rule) or from raw input with
 * {@link OrganisationDraft#toOrganisation(OrganisationId, long)}. Rules, all checked at once:
 *
 * <ul>
 *   <li>{@code name}: required, trimmed, at most {@value #MAX_NAME} characters;
 *   <li>{@code version}: 0 or more; 0 means "never stored" (see below);
 *   <li>identifiers by legal form: an {@link LegalForm#INFORMAL_GROUP informal group} has no NIP,
 *       REGON or KRS number ({@code IDENTIFIER_NOT_APPLICABLE}); a foundation and a social
 *       cooperative have a KRS number ({@code KRS_REQUIRED}); local government and public units
 *       have none ({@code KRS_NOT_APPLICABLE}). Associations, companies, church legal persons and
 *       universities may or may not be in the KRS, so nothing is checked for them;
 *   <li>sector by legal form: local government and public units belong to {@link Sector#PUBLIC};
 *       an informal group to {@link Sector#COMMUNITY_GROUP} or
 *       {@link Sector#FAMILY_REPRESENTATIVE} ({@code SECTOR_MISMATCH});
 *   <li>families only as pseudonyms: an organisation of sector {@link
 *       Sector#FAMILY_REPRESENTATIVE} (families representing families, e.g. a council of
 *       parents) is named by a pseudonymous code that {@link pl.lsw.core.family.FamilyReference}
 *       accepts ({@link pl.lsw.core.kernel.PseudonymousCode}), such as {@code RR-PRAGA-1} ({@code FAMILY_REPRESENTATIVE_NAME}); its seat is
 *       the locality it works in, never a street address: no digit and no street word such as
 *       {@code ul.}, {@code al.}, {@code os.}, {@code pl.} ({@code FAMILY_REPRESENTATIVE_ADDRESS});
 *       and it has no contact person ({@code FAMILY_REPRESENTATIVE_CONTACT}), since the person
 *       would be a member of a family. A registered association of families is an NGO and keeps
 *       its public name, seat and contact people;
 *   <li>an informal group ({@link LegalForm#INFORMAL_GROUP} or {@link Sector#COMMUNITY_GROUP})
 *       is not named like a family: a name whose first word is {@code Rodzina} (in any case),
 *       {@code Państwo} or {@code Family} is refused ({@code FAMILY_NAME}); a family that takes
 *       part is represented by a family representation, above.
 * </ul>
 *
 * <p>The library keeps no family's name, PESEL, address or health data; see {@code
 * docs/PERSONAL-DATA.md}.
 *
 * <p>Versions: an organisation that has never been stored has version 0. Each successful save
 * stores version {@code n + 1} and returns the organisation with it; saving version {@code n}
 * when the stored version is not {@code n} is refused with a
 * {@link pl.lsw.core.kernel.VersionConflictException}.
 *
 * <p>The fields of social services are a set (iterated in the order of
 * {@link SocialServiceField}); contact people keep the order they were given in.
 */
@Value.Immutable
abstract class AbstractOrganisation {

  /** The longest name accepted. */
  public static final int MAX_NAME = 500;

  /** The organisation's name, as named in problems. */
  static final Label NAME = Label.of("Nazwa organizacji", "The organisation's name");

  /** The id, given when the organisation is registered. */
  public abstract OrganisationId id();

  /** The stored version: 0 for an organisation never stored, then 1, 2, ... */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The full name, e.g. {@code "Stowarzyszenie Praski Kokon"}. */
  public abstract String name();

  /** The legal form. */
  public abstract LegalForm legalForm();

  /** The sector it comes from. */
  public abstract Sector sector();

  /** The fields of social services it works in; may be empty. */
  public abstract Set<SocialServiceField> fields();

  /** The tax identification number, where it has one. */
  public abstract Optional<Nip> nip();

  /** The statistical number, where it has one. */
  public abstract Optional<Regon> regon();

  /** The National Court Register number, where it is registered there. */
  public abstract Optional<KrsNumber> krs();

  /** The seat (registered office). */
  public abstract Seat seat();

  /** The contact people, in the order given; may be empty. */
  public abstract List<ContactPerson> contacts();

  /** Whether this organisation has never been stored (version 0). */
  public boolean isNew() {
    return version() == 0;
  }

  /** Checks every rule at once; throws {@link InvalidInputException} listing the broken ones. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    TextChecks.requireText(problems, "name", "NAME", NAME, name(), MAX_NAME);
    if (version() < 0) {
      problems.add(OrganisationProblems.PROBLEMS.problem("version", "VERSION_NEGATIVE", "version", version()));
    }
    invariants(problems, legalForm(), sector(), nip().isPresent(), regon().isPresent(),
        krs().isPresent());
    familyRules(problems, legalForm(), sector(), name(), seat().address(), contacts().size());
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** The rules that tie identifiers and sector to the legal form. */
  static void invariants(List<Problem> problems, LegalForm form, Sector sector, boolean hasNip,
      boolean hasRegon, boolean hasKrs) {
    if (form == null) {
      return;
    }
    if (!form.hasLegalIdentity()) {
      if (hasNip) {
        problems.add(notApplicable("nip", Label.of("numeru NIP", "NIP"), form));
      }
      if (hasRegon) {
        problems.add(notApplicable("regon", Label.of("numeru REGON", "REGON"), form));
      }
      if (hasKrs) {
        problems.add(notApplicable("krs", Label.of("numeru KRS", "KRS number"), form));
      }
    } else if (form.krsRule() == LegalForm.KrsRule.REQUIRED && !hasKrs) {
      problems.add(OrganisationProblems.PROBLEMS.problem("krs", "KRS_REQUIRED", "form", form));
    } else if (form.krsRule() == LegalForm.KrsRule.FORBIDDEN && hasKrs) {
      problems.add(OrganisationProblems.PROBLEMS.problem("krs", "KRS_NOT_APPLICABLE", "form", form));
    }
    if (sector == null) {
      return;
    }
    if (form.isPublic() && sector != Sector.PUBLIC) {
      problems.add(OrganisationProblems.PROBLEMS.problem("sector", "SECTOR_MISMATCH", "form", form,
          "allowed", Sector.PUBLIC, "sector", sector));
    }
    if (form == LegalForm.INFORMAL_GROUP
        && sector != Sector.COMMUNITY_GROUP && sector != Sector.FAMILY_REPRESENTATIVE) {
      problems.add(OrganisationProblems.PROBLEMS.problem("sector", "SECTOR_MISMATCH", "form", form,
          "allowed", List.of(Sector.COMMUNITY_GROUP, Sector.FAMILY_REPRESENTATIVE), "sector", sector));
    }
  }

  /** The first words of a name that say it is one family, lower case. */
  private static final Set<String> FAMILY_WORDS = Set.of("rodzina", "rodziny", "rodzinie",
      "rodzinę", "rodziną", "rodzino", "państwo", "państwa", "państwu", "państwem", "family");

  /** The words of a street address, lower case. */
  private static final Set<String> STREET_WORDS = Set.of("ul", "ul.", "ulica", "al", "al.",
      "aleja", "aleje", "os", "os.", "osiedle", "pl", "pl.", "plac", "skwer", "rondo");

  /**
   * The rules that keep families pseudonymous: a family representation is named by a code, has
   * the locality as its seat and no contact person; an informal group is not named like a
   * family.
   */
  static void familyRules(List<Problem> problems, LegalForm form, Sector sector, String name,
      String seatAddress, int contacts) {
    String stripped = name == null ? "" : TextChecks.strip(name);
    if (sector == Sector.FAMILY_REPRESENTATIVE) {
      if (!stripped.isEmpty() && !pl.lsw.core.kernel.PseudonymousCode.isValid(stripped)) {
        problems.add(OrganisationProblems.PROBLEMS.problem("name", "FAMILY_REPRESENTATIVE_NAME",
            "max", pl.lsw.core.kernel.PseudonymousCode.MAX_LENGTH));
      }
      if (seatAddress != null && isStreetAddress(seatAddress)) {
        problems.add(OrganisationProblems.PROBLEMS.problem("seat.address",
            "FAMILY_REPRESENTATIVE_ADDRESS"));
      }
      if (contacts > 0) {
        problems.add(OrganisationProblems.PROBLEMS.problem("contacts",
            "FAMILY_REPRESENTATIVE_CONTACT", "count", contacts));
      }
    } else if (form == LegalForm.INFORMAL_GROUP || sector == Sector.COMMUNITY_GROUP) {
      String first = stripped.split("[\\s\\p{Z}\\p{Punct}]+", 2)[0]
          .toLowerCase(java.util.Locale.forLanguageTag("pl"));
      if (FAMILY_WORDS.contains(first)) {
        problems.add(OrganisationProblems.PROBLEMS.problem("name", "FAMILY_NAME"));
      }
    }
  }

  /** Whether the address names a street or a house: a digit, or a street word. */
  static boolean isStreetAddress(String address) {
    for (int i = 0; i < address.length(); i++) {
      if (Character.isDigit(address.charAt(i))) {
        return true;
      }
    }
    for (String word : address.toLowerCase(java.util.Locale.forLanguageTag("pl"))
        .split("[\\s\\p{Z},;]+")) {
      if (STREET_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static Problem notApplicable(String path, Label identifier, LegalForm form) {
    return OrganisationProblems.PROBLEMS.problem(path, "IDENTIFIER_NOT_APPLICABLE", "form", form,
        "identifier", identifier);
  }
}
