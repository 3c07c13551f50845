package pl.lsw.core.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.organisation.SocialServiceField;
import pl.lsw.core.partnership.governance.PersonDetails;

/**
 * What founding a partnership needs, as given by the caller; {@link
 * Partnership#found(PartnershipId, pl.lsw.core.partnership.governance.PersonId,
 * PartnershipFounding, java.time.Instant)} checks all of it at once and reports every part that
 * is missing or wrong. Made with {@link #builder()}:
 *
 * <pre>{@code
 * PartnershipFounding founding = PartnershipFounding.builder().name("Praski Kokon")
 *     .kind(PartnershipKind.LOCAL_SUPPORT_SYSTEM).inspirationOrigin(InspirationOrigin.LOCAL_GOVERNMENT)
 *     .scope(PartnershipScope.MULTI_ASPECT).focusDomains(Set.of(SocialServiceField.FAMILY_SUPPORT))
 *     .territory(List.of(TerytCode.of("1465088"))).leader(district)
 *     .leaderDeclarationDate(LocalDate.of(2026, 1, 5)).foundedOn(LocalDate.of(2026, 1, 12))
 *     .founder(PersonDetails.of("Anna Burmistrz", "burmistrz dzielnicy", district)).build();
 * }</pre>
 *
 * <p>Immutable. Polish: <i>dane założenia partnerstwa</i>.
 */
public final class PartnershipFounding {

  private final String name;
  private final PartnershipKind kind;
  private final InspirationOrigin inspirationOrigin;
  private final PartnershipScope scope;
  private final Set<SocialServiceField> focusDomains;
  private final List<TerytCode> territory;
  private final OrganisationId leader;
  private final LocalDate leaderDeclarationDate;
  private final LocalDate foundedOn;
  private final PersonDetails founder;

  private PartnershipFounding(Builder b) {
    this.name = b.name;
    this.kind = b.kind;
    this.inspirationOrigin = b.inspirationOrigin;
    this.scope = b.scope;
    this.focusDomains = Collections.unmodifiableSet(new LinkedHashSet<>(b.focusDomains));
    this.territory = Collections.unmodifiableList(new ArrayList<>(b.territory));
    this.leader = b.leader;
    this.leaderDeclarationDate = b.leaderDeclarationDate;
    this.foundedOn = b.foundedOn;
    this.founder = b.founder;
  }

  /** @return a builder with nothing given yet */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding every part of this founding, to change some of them */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.name = name;
    b.kind = kind;
    b.inspirationOrigin = inspirationOrigin;
    b.scope = scope;
    b.focusDomains = new ArrayList<>(focusDomains);
    b.territory = new ArrayList<>(territory);
    b.leader = leader;
    b.leaderDeclarationDate = leaderDeclarationDate;
    b.foundedOn = foundedOn;
    b.founder = founder;
    return b;
  }

  /** The partnership's name, e.g. {@code "Praski Kokon"}; required. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** Its kind; required. */
  public Optional<PartnershipKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** Where the inspiration came from; required. */
  public Optional<InspirationOrigin> inspirationOrigin() {
    return Optional.ofNullable(inspirationOrigin);
  }

  /** Sectoral or multi-aspect; required. */
  public Optional<PartnershipScope> scope() {
    return Optional.ofNullable(scope);
  }

  /** The focus domain(s), at least one (empty elements are kept, to be reported). */
  public Set<SocialServiceField> focusDomains() {
    return focusDomains;
  }

  /**
   * The TERYT units it covers, at least one (a Warsaw district is a type-8 unit; empty elements
   * are kept, to be reported).
   */
  public List<TerytCode> territory() {
    return territory;
  }

  /** The leader organisation, which joins as a formal member with the role LEADER; required. */
  public Optional<OrganisationId> leader() {
    return Optional.ofNullable(leader);
  }

  /** The date of the leader's written declaration; required. */
  public Optional<LocalDate> leaderDeclarationDate() {
    return Optional.ofNullable(leaderDeclarationDate);
  }

  /** The founding day (the leader joins on it); required. */
  public Optional<LocalDate> foundedOn() {
    return Optional.ofNullable(foundedOn);
  }

  /** The person of the leader organisation who founds it, registered as its first person; required. */
  public Optional<PersonDetails> founder() {
    return Optional.ofNullable(founder);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PartnershipFounding)) {
      return false;
    }
    PartnershipFounding f = (PartnershipFounding) o;
    return Objects.equals(name, f.name) && kind == f.kind
        && inspirationOrigin == f.inspirationOrigin && scope == f.scope
        && focusDomains.equals(f.focusDomains) && territory.equals(f.territory)
        && Objects.equals(leader, f.leader)
        && Objects.equals(leaderDeclarationDate, f.leaderDeclarationDate)
        && Objects.equals(foundedOn, f.foundedOn) && Objects.equals(founder, f.founder);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, inspirationOrigin, scope, focusDomains, territory, leader,
        leaderDeclarationDate, foundedOn, founder);
  }

  @Override
  public String toString() {
    return "PartnershipFounding[" + name + ", " + kind + ", founded on " + foundedOn + "]";
  }

  /**
   * Collects the parts of a founding. Each method sets one part; a part not set is missing and
   * {@link Partnership#found} reports it. {@link #build()} never refuses.
   *
   * <p>Polish: <i>budowniczy danych założenia partnerstwa</i>.
   */
  public static final class Builder {

    private String name;
    private PartnershipKind kind;
    private InspirationOrigin inspirationOrigin;
    private PartnershipScope scope;
    private Collection<SocialServiceField> focusDomains = List.of();
    private List<TerytCode> territory = List.of();
    private OrganisationId leader;
    private LocalDate leaderDeclarationDate;
    private LocalDate foundedOn;
    private PersonDetails founder;

    private Builder() {}

    /** @param name the partnership's name @return this builder */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /** @param kind its kind @return this builder */
    public Builder kind(PartnershipKind kind) {
      this.kind = kind;
      return this;
    }

    /** @param inspirationOrigin where the inspiration came from @return this builder */
    public Builder inspirationOrigin(InspirationOrigin inspirationOrigin) {
      this.inspirationOrigin = inspirationOrigin;
      return this;
    }

    /** @param scope sectoral or multi-aspect @return this builder */
    public Builder scope(PartnershipScope scope) {
      this.scope = scope;
      return this;
    }

    /** @param focusDomains the focus domain(s), replacing those given before @return this builder */
    public Builder focusDomains(Collection<SocialServiceField> focusDomains) {
      this.focusDomains = new ArrayList<>(Objects.requireNonNull(focusDomains, "focusDomains"));
      return this;
    }

    /** @param territory the TERYT units, replacing those given before @return this builder */
    public Builder territory(List<TerytCode> territory) {
      this.territory = new ArrayList<>(Objects.requireNonNull(territory, "territory"));
      return this;
    }

    /** @param leader the leader organisation @return this builder */
    public Builder leader(OrganisationId leader) {
      this.leader = leader;
      return this;
    }

    /** @param leaderDeclarationDate the date of the leader's declaration @return this builder */
    public Builder leaderDeclarationDate(LocalDate leaderDeclarationDate) {
      this.leaderDeclarationDate = leaderDeclarationDate;
      return this;
    }

    /** @param foundedOn the founding day @return this builder */
    public Builder foundedOn(LocalDate foundedOn) {
      this.foundedOn = foundedOn;
      return this;
    }

    /** @param founder the founding person's details @return this builder */
    public Builder founder(PersonDetails founder) {
      this.founder = founder;
      return this;
    }

    /** @return the founding as given so far; never refuses (the founding command checks it) */
    public PartnershipFounding build() {
      return new PartnershipFounding(this);
    }
  }
}
