package pl.lsw.store.memory;

import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.process.ProcessInstanceRepository;
import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.kernel.port.Outbox;
import pl.lsw.core.store.port.LswStore;

/**
 * A store that keeps everything in memory, lost when the process ends. Thread-safe; every
 * repository keeps the same contract as the database store (optimistic versions, unique NIP
 * and REGON, documented listing order) for organisations, partnerships, process instances, small
 * grants (with the planned NGO-grant budgets), competitions, grant contracts, own-initiative
 * proposals, yearly cooperation programmes (one per body and year, the last save winning), the
 * co-informing bases of each partnership (the Map, the Bank and the Action Base), the Local
 * Service Baskets (one per partnership), dispatches of information (each recorded once), contact
 * bases, supported families and their individual plans, and the evaluations of partnerships
 * (one per partnership); and the outbox of the events of every change, written in the same unit as
 * the change and kept as the audit trail after delivery.
 *
 * <p>Polish: <i>magazyn danych w pamięci</i>.
 */
public final class MemoryStore implements LswStore {

  private final MemoryOrganisationRepository organisations = new MemoryOrganisationRepository();
  private final MemoryPartnershipRepository partnerships = new MemoryPartnershipRepository();
  private final MemoryProcessInstanceRepository processes = new MemoryProcessInstanceRepository();
  private final MemorySmallGrantRepository smallGrants = new MemorySmallGrantRepository();
  private final MemoryCompetitionRepository competitions = new MemoryCompetitionRepository();
  private final MemoryContractRepository contracts = new MemoryContractRepository();
  private final MemoryOwnInitiativeProposalRepository proposals =
      new MemoryOwnInitiativeProposalRepository();
  private final MemoryCooperationProgrammeRepository programmes =
      new MemoryCooperationProgrammeRepository();
  private final MemoryInitiativeBaseRepository initiativeBases =
      new MemoryInitiativeBaseRepository();
  private final MemoryServiceBasketRepository baskets = new MemoryServiceBasketRepository();
  private final MemoryDispatchRepository dispatches = new MemoryDispatchRepository();
  private final MemoryContactBaseRepository contactBases = new MemoryContactBaseRepository();
  private final MemorySupportedFamilyRepository families = new MemorySupportedFamilyRepository();
  private final MemoryIndividualPlanRepository plans = new MemoryIndividualPlanRepository();
  private final MemoryEvaluationRepository evaluations = new MemoryEvaluationRepository();
  private final MemoryOutbox outbox = new MemoryOutbox();

  private MemoryStore() {}

  /** A new, empty store. */
  public static MemoryStore create() {
    return new MemoryStore();
  }

  @Override
  public OrganisationRepository organisations() {
    return organisations;
  }

  @Override
  public PartnershipRepository partnerships() {
    return partnerships;
  }

  @Override
  public ProcessInstanceRepository processes() {
    return processes;
  }

  @Override
  public SmallGrantRepository smallGrants() {
    return smallGrants;
  }

  @Override
  public CompetitionRepository competitions() {
    return competitions;
  }

  @Override
  public ContractRepository contracts() {
    return contracts;
  }

  @Override
  public OwnInitiativeProposalRepository ownInitiativeProposals() {
    return proposals;
  }

  @Override
  public CooperationProgrammeRepository cooperationProgrammes() {
    return programmes;
  }

  @Override
  public InitiativeBaseRepository initiativeBases() {
    return initiativeBases;
  }

  @Override
  public ServiceBasketRepository serviceBaskets() {
    return baskets;
  }

  @Override
  public DispatchRepository dispatches() {
    return dispatches;
  }

  @Override
  public ContactBaseRepository contactBases() {
    return contactBases;
  }

  @Override
  public SupportedFamilyRepository supportedFamilies() {
    return families;
  }

  @Override
  public IndividualPlanRepository individualPlans() {
    return plans;
  }

  @Override
  public PartnershipEvaluationRepository evaluations() {
    return evaluations;
  }

  @Override
  public Outbox outbox() {
    return outbox;
  }
}
