package pl.lsw.core.financing;

import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pl.lsw.core.financing.competition.Competition;
import pl.lsw.core.financing.competition.CompetitionId;
import pl.lsw.core.financing.contract.Contract;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.financing.initiative.OwnInitiativeProposal;
import pl.lsw.core.financing.initiative.ProposalId;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.financing.programme.CooperationProgramme;
import pl.lsw.core.kernel.VersionConflictException;

/** Minimal test repositories with the optimistic version check of the ports. */
public final class InMemoryRepositories {

  private InMemoryRepositories() {}

  /** A competition repository. */
  public static final class Competitions implements CompetitionRepository {
    private final Map<CompetitionId, Competition> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized Competition save(Competition c) {
      Competition stored = rows.get(c.id());
      long storedVersion = stored == null ? 0 : stored.version();
      if (storedVersion != c.version()) {
        throw new VersionConflictException("Competition", c.id().toString(), c.version());
      }
      Competition next = c.withVersion(c.version() + 1);
      rows.put(c.id(), next);
      return next;
    }

    @Override
    public Optional<Competition> findById(CompetitionId id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Competition> findByBodyAndYear(GrantingBody body, int budgetYear) {
      List<Competition> out = new ArrayList<>();
      rows.values().stream().filter(c -> c.body().equals(body) && c.budgetYear() == budgetYear).forEach(out::add);
      out.sort(Comparator.comparing(Competition::title).thenComparing(c -> c.id().toString()));
      return out;
    }
  }

  /** A contract repository. */
  public static final class Contracts implements ContractRepository {
    private final Map<ContractId, Contract> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized Contract save(Contract c) {
      Contract stored = rows.get(c.id());
      long storedVersion = stored == null ? 0 : stored.version();
      if (storedVersion != c.version()) {
        throw new VersionConflictException("Contract", c.id().toString(), c.version());
      }
      Contract next = c.withVersion(c.version() + 1);
      rows.put(c.id(), next);
      return next;
    }

    @Override
    public Optional<Contract> findById(ContractId id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<Contract> findByBodyAndYear(GrantingBody body, int year) {
      List<Contract> out = new ArrayList<>();
      rows.values().stream().filter(c -> c.body().equals(body) && c.year() == year).forEach(out::add);
      out.sort(Comparator.comparing(Contract::signedOn).thenComparing(c -> c.id().toString()));
      return out;
    }
  }

  /** An own-initiative proposal repository. */
  public static final class Proposals implements OwnInitiativeProposalRepository {
    private final Map<ProposalId, OwnInitiativeProposal> rows = new ConcurrentHashMap<>();

    @Override
    public synchronized OwnInitiativeProposal save(OwnInitiativeProposal p) {
      OwnInitiativeProposal stored = rows.get(p.id());
      long storedVersion = stored == null ? 0 : stored.version();
      if (storedVersion != p.version()) {
        throw new VersionConflictException("OwnInitiativeProposal", p.id().toString(), p.version());
      }
      OwnInitiativeProposal next = p.withVersion(p.version() + 1);
      rows.put(p.id(), next);
      return next;
    }

    @Override
    public Optional<OwnInitiativeProposal> findById(ProposalId id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public List<OwnInitiativeProposal> findByBodyAndYear(GrantingBody body, int year) {
      List<OwnInitiativeProposal> out = new ArrayList<>();
      rows.values().stream().filter(p -> p.body().area().equals(body.area()) && p.receivedOn().getYear() == year)
          .forEach(out::add);
      out.sort(Comparator.comparing(OwnInitiativeProposal::receivedOn).thenComparing(p -> p.id().toString()));
      return out;
    }
  }

  /** A cooperation programme repository (last save wins). */
  public static final class Programmes implements CooperationProgrammeRepository {
    private final Map<String, CooperationProgramme> rows = new ConcurrentHashMap<>();

    private static String key(GrantingBody body, int year) {
      return body.area().value() + "/" + year;
    }

    @Override
    public CooperationProgramme save(CooperationProgramme p) {
      rows.put(key(p.body(), p.year()), p);
      return p;
    }

    @Override
    public Optional<CooperationProgramme> find(GrantingBody body, int year) {
      return Optional.ofNullable(rows.get(key(body, year)));
    }

    @Override
    public List<CooperationProgramme> findByBody(GrantingBody body) {
      List<CooperationProgramme> out = new ArrayList<>();
      rows.values().stream().filter(p -> p.body().area().equals(body.area())).forEach(out::add);
      out.sort(Comparator.comparingInt(CooperationProgramme::year));
      return out;
    }
  }
}
