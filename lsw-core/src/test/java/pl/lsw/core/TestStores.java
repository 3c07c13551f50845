package pl.lsw.core;

import pl.lsw.core.financing.InMemoryRepositories;
import pl.lsw.core.financing.competition.CompetitionRepository;
import pl.lsw.core.financing.contract.ContractRepository;
import pl.lsw.core.financing.programme.CooperationProgrammeRepository;
import pl.lsw.core.financing.initiative.OwnInitiativeProposalRepository;
import pl.lsw.core.financing.smallgrant.SmallGrantRepository;
import pl.lsw.core.financing.smallgrant.FakeSmallGrantRepository;
import pl.lsw.core.organisation.FakeOrganisationRepository;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.process.InMemoryProcessInstanceRepository;
import pl.lsw.core.organisation.OrganisationRepository;
import pl.lsw.core.partnership.PartnershipRepository;
import pl.lsw.core.process.ProcessInstanceRepository;
import pl.lsw.core.store.port.LswStore;
import pl.lsw.core.information.ContactBaseRepository;
import pl.lsw.core.information.DispatchRepository;
import pl.lsw.core.information.InMemoryContactBases;
import pl.lsw.core.information.InMemoryDispatches;

/** An {@link LswStore} over the in-memory repositories of the core's tests, for an {@link Lsw} in tests. */
public final class TestStores {

  private TestStores() {}

  /** A new store of in-memory repositories, empty. */
  public static LswStore inMemory() {
    FakeOrganisationRepository organisations = new FakeOrganisationRepository();
    InMemoryPartnerships partnerships = new InMemoryPartnerships();
    InMemoryProcessInstanceRepository processes = new InMemoryProcessInstanceRepository();
    FakeSmallGrantRepository smallGrants = new FakeSmallGrantRepository();
    InMemoryRepositories.Competitions competitions = new InMemoryRepositories.Competitions();
    InMemoryRepositories.Contracts contracts = new InMemoryRepositories.Contracts();
    InMemoryRepositories.Proposals proposals = new InMemoryRepositories.Proposals();
    InMemoryRepositories.Programmes programmes = new InMemoryRepositories.Programmes();
    pl.lsw.core.initiative.InMemoryInitiativeBases initiativeBases =
        new pl.lsw.core.initiative.InMemoryInitiativeBases();
    pl.lsw.core.basket.InMemoryServiceBaskets baskets = new pl.lsw.core.basket.InMemoryServiceBaskets();
    InMemoryDispatches dispatches = new InMemoryDispatches();
    InMemoryContactBases contactBases = new InMemoryContactBases();
    pl.lsw.core.family.InMemoryFamilies families = new pl.lsw.core.family.InMemoryFamilies();
    pl.lsw.core.family.plan.InMemoryPlans plans = new pl.lsw.core.family.plan.InMemoryPlans();
    pl.lsw.core.evaluation.record.InMemoryEvaluations evaluations =
        new pl.lsw.core.evaluation.record.InMemoryEvaluations();
    pl.lsw.core.kernel.service.ListOutbox outbox = new pl.lsw.core.kernel.service.ListOutbox();
    return new LswStore() {
      @Override
      public pl.lsw.core.kernel.port.Outbox outbox() {
        return outbox;
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
      public pl.lsw.core.initiative.InitiativeBaseRepository initiativeBases() {
        return initiativeBases;
      }

      @Override
      public pl.lsw.core.basket.ServiceBasketRepository serviceBaskets() {
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
      public pl.lsw.core.family.SupportedFamilyRepository supportedFamilies() {
        return families;
      }

      @Override
      public pl.lsw.core.family.plan.IndividualPlanRepository individualPlans() {
        return plans;
      }

      @Override
      public pl.lsw.core.evaluation.record.PartnershipEvaluationRepository evaluations() {
        return evaluations;
      }
    };
  }
}
