package pl.lsw.core.financing.smallgrant;


/** The test fake keeps the repository contract. */
class FakeSmallGrantRepositoryTest extends SmallGrantRepositoryContract {
  @Override
  protected SmallGrantRepository emptyRepository() {
    return new FakeSmallGrantRepository();
  }
}
