package pl.lsw.core.partnership;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.PersonDetails;

/**
 * What founding a partnership needs, as given by the caller; {@link
 * Partnership#found(PartnershipId, pl.lsw.core.partnership.governance.PersonId,
 * PartnershipFounding, java.time.Instant)} checks all of it at once.
 *
 * <p>Polish: <i>dane założenia partnerstwa</i>.
 *
 * @param name the partnership's name, e.g. {@code "Praski Kokon"}
 * @param kind its kind
 * @param inspirationOrigin where the inspiration came from
 * @param scope sectoral or multi-aspect
 * @param focusDomains the focus domain(s), at least one
 * @param territory the TERYT units it covers, at least one (a Warsaw district is a type-8 unit)
 * @param leader the leader organisation, which joins as a formal member with the role LEADER
 * @param leaderDeclarationDate the date of the leader's written declaration
 * @param foundedOn the founding day (the leader joins on it)
 * @param founder the person of the leader organisation who founds it; registered as its first
 *     person
 */
public record PartnershipFounding(
    String name,
    PartnershipKind kind,
    InspirationOrigin inspirationOrigin,
    PartnershipScope scope,
    Set<SocialServiceField> focusDomains,
    List<TerytCode> territory,
    OrganisationId leader,
    LocalDate leaderDeclarationDate,
    LocalDate foundedOn,
    PersonDetails founder) {

  /** Copies the collections (null is read as empty; null elements are kept for reporting). */
  public PartnershipFounding {
    focusDomains = focusDomains == null ? Set.of()
        : java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(focusDomains));
    territory = territory == null ? List.of()
        : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(territory));
  }
}
