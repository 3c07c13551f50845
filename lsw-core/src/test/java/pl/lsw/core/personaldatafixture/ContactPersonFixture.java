package pl.lsw.core.personaldatafixture;

/** A person with a name, a phone and an office address: legitimate only when allow-listed. */
public final class ContactPersonFixture {

  /** The professional's name. */
  public String name() {
    return "Anna Nowak";
  }

  /** The professional's phone. */
  public String phone() {
    return "+48 22 000 00 00";
  }

  /** The office's address. */
  public String officeAddress() {
    return "ul. Długa 1";
  }
}
