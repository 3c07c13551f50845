package pl.lsw.core.financing.smallgrant;

import java.util.Objects;
import java.util.Optional;
import pl.lsw.core.kernel.Nip;

/**
 * The totals of one organisation in one year ({@link OrganisationYearTotal}) with the name and NIP
 * a register gives it, so that a report names the organisation as people know it.
 *
 * <p>Polish: <i>suma małych grantów organizacji w roku, z nazwą organizacji</i>.
 *
 * @param name the organisation's name, as on its first entry in the register (or, for an
 *     organisation known only from stored grants, its NIP or id as text)
 * @param nip the organisation's NIP, when known
 * @param totals the totals
 */
public record NamedOrganisationYearTotal(String name, Optional<Nip> nip, OrganisationYearTotal totals) {

  /** Refuses nulls. */
  public NamedOrganisationYearTotal {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(nip, "nip");
    Objects.requireNonNull(totals, "totals");
  }
}
