package pl.lsw.core.organisation;


/** The core's test repository keeps the same contract as the real stores. */
class FakeOrganisationRepositoryTest extends OrganisationRepositoryContract {

  @Override
  protected OrganisationRepository emptyRepository() {
    return new FakeOrganisationRepository();
  }
}
