package pl.lsw.core.personaldatafixture;

import java.time.LocalDate;

/** A deliberately bad type: a household with its name, PESEL, birth day and address. */
public final class SupportedHousehold {

  /** The reference. */
  public String reference() {
    return "R-1";
  }

  /** The family's name: refused. */
  public String familyName() {
    return "Kowalscy";
  }

  /** The PESEL of the head of the family: refused. */
  public String getPesel() {
    return "";
  }

  /** The day of birth: refused. */
  public LocalDate dateOfBirth() {
    return LocalDate.EPOCH;
  }

  /** The street: refused. */
  public String ulica() {
    return "";
  }

  /** Whether the family has a disability certificate: refused. */
  public boolean isNiepełnosprawność() {
    return false;
  }

  /** The phone: refused on a family type. */
  public String phone() {
    return "";
  }
}
