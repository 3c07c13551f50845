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
 *       {@link Sector#FAMILY_REPRESENTATIVE} ({@code SECTOR_MISMATCH}).
 * </ul>
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
    Texts.requireText(problems, "name", "the organisation's name", name(), MAX_NAME);
    if (version() < 0) {
      problems.add(new Problem("version", "VERSION_NEGATIVE",
          "the version must be 0 or more, was " + version()));
    }
    invariants(problems, legalForm(), sector(), nip().isPresent(), regon().isPresent(),
        krs().isPresent());
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
        problems.add(notApplicable("nip", "a NIP", form));
      }
      if (hasRegon) {
        problems.add(notApplicable("regon", "a REGON", form));
      }
      if (hasKrs) {
        problems.add(notApplicable("krs", "a KRS number", form));
      }
    } else if (form.krsRule() == LegalForm.KrsRule.REQUIRED && !hasKrs) {
      problems.add(new Problem("krs", "KRS_REQUIRED",
          "a " + form.polishName() + " (" + form + ") is entered in the KRS: its KRS number is required"));
    } else if (form.krsRule() == LegalForm.KrsRule.FORBIDDEN && hasKrs) {
      problems.add(new Problem("krs", "KRS_NOT_APPLICABLE",
          "a " + form.polishName() + " (" + form + ") is not entered in the KRS and has no KRS number"));
    }
    if (sector == null) {
      return;
    }
    if (form.isPublic() && sector != Sector.PUBLIC) {
      problems.add(new Problem("sector", "SECTOR_MISMATCH",
          "a " + form.polishName() + " (" + form + ") belongs to the PUBLIC sector, not " + sector));
    }
    if (form == LegalForm.INFORMAL_GROUP
        && sector != Sector.COMMUNITY_GROUP && sector != Sector.FAMILY_REPRESENTATIVE) {
      problems.add(new Problem("sector", "SECTOR_MISMATCH",
          "an informal group belongs to the COMMUNITY_GROUP or FAMILY_REPRESENTATIVE sector, not "
              + sector));
    }
  }

  private static Problem notApplicable(String path, String what, LegalForm form) {
    return new Problem(path, "IDENTIFIER_NOT_APPLICABLE",
        "a " + form.polishName() + " (" + form + ") has no legal personality and cannot have "
            + what);
  }
}
