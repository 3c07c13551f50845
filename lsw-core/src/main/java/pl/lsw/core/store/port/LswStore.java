package pl.lsw.core.store.port;

import pl.lsw.core.kernel.port.Outbox;

import pl.lsw.core.evaluation.record.PartnershipEvaluationRepository;
import pl.lsw.core.initiative.InitiativeBaseRepository;
import pl.lsw.core.basket.ServiceBasketRepository;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.family.SupportedFamilyRepository;
import pl.lsw.core.family.plan.IndividualPlanRepository;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.process.ProcessInstanceRepository;

/**
 * A store of the library's data, giving the repository of each capability. The embedding system
 * creates one (for example {@code MemoryStore.create()} or {@code JdbcStore.builder(dataSource)
 * .build()}) and passes it to the library's entry point. Implementations are thread-safe.
 *
 * <p>Polish: <i>magazyn danych LSW</i>.
 */
public interface LswStore {

  /** The organisation registry's repository. */
  OrganisationRepository organisations();

  /** The repository of partnerships (each with its members, bodies, meetings and decisions). */
  PartnershipRepository partnerships();

  /** The repository of process instances (the staged processes run by partnerships). */
  ProcessInstanceRepository processes();

  /** The repository of small grants and of the budgets bodies planned for NGO grants. */
  SmallGrantRepository smallGrants();

  /** The repository of open competitions (with their offers, committee, assessments and results). */
  CompetitionRepository competitions();

  /** The repository of grant contracts (with their amendments, reports and returns). */
  ContractRepository contracts();

  /** The repository of own-initiative proposals (UDPP art. 12) with their assessments. */
  OwnInitiativeProposalRepository ownInitiativeProposals();

  /** The repository of yearly cooperation programmes, one per body and year. */
  CooperationProgrammeRepository cooperationProgrammes();

  /**
   * The repository of the co-informing bases of each partnership: the Map of Local Potentials,
   * the Initiative Bank and the LSW Action Base, with their verification rounds and history.
   */
  InitiativeBaseRepository initiativeBases();
  /** The repository of Local Service Baskets, one per partnership (with its history). */
  ServiceBasketRepository serviceBaskets();
  /** The repository of dispatches of information to partnerships' members. */
  DispatchRepository dispatches();

  /** The repository of partnerships' contact bases of key external partners, with their history. */
  ContactBaseRepository contactBases();
  /** The repository of supported families (pseudonymous references, consent, needs). */
  SupportedFamilyRepository supportedFamilies();

  /** The repository of individual plans of families (with their items, reviews and history). */
  IndividualPlanRepository individualPlans();

  /**
   * The repository of partnerships' evaluations: the cooperation-typology assessments, observed
   * interactions, network surveys, survey waves, partners' resources and reviews.
   */
  PartnershipEvaluationRepository evaluations();

  /**
   * The store's transactional outbox: the events of every change are kept in it in the same unit
   * as the change, until they are delivered to the embedder's publisher (see {@link
   * pl.lsw.core.kernel.service.EventDelivery}); delivered entries stay as the audit trail.
   */
  Outbox outbox();
}
