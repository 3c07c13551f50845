package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.kernel.TextChecks;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Nip;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.organisation.OrganisationId;

/**
 * One row of a body's register of small grants, as an embedder or an auditor keeps it: the
 * body's own register number, who gave the grant to whom, for what, when the offer came in,
 * where it was posted and when the contract was signed. It is plain data, not an aggregate: it
 * has no {@link pl.lsw.core.financing.GrantId}, no lifecycle and no comments; {@link SmallGrantChecker#checkRegister}
 * checks a whole register of entries against the small-grant rules.
 *
 * <p>Build one with {@code SmallGrantEntry.builder().registerNumber("MG/08/2026/0001").body(body)
 * .applicantNip(nip).applicantName("Fundacja Korale").taskTitle("Piknik").amount(Money.of("8000"))
 * .taskPeriod(period).offerReceived(date).localOrRegional(true).build()}. The builder refuses a
 * blank register number, name or title, a non-positive amount, a posting that starts before the
 * offer came in, two postings in one place and a contract dated before the offer, with an
 * {@link pl.lsw.core.kernel.InvalidInputException} listing every problem.
 *
 * <p>Polish: <i>pozycja rejestru małych grantów</i>.
 */
@Value.Immutable
abstract class AbstractSmallGrantEntry {

  /** The body's own number of the grant in its register, e.g. {@code MG/08/2026/0001}; unique within one check. */
  public abstract String registerNumber();

  /** The granting body (its TERYT area and name). */
  public abstract GrantingBody body();

  /** The applicant organisation's NIP; entries with the same NIP are one organisation. */
  public abstract Nip applicantNip();

  /** The applicant organisation's name, as the register writes it. */
  public abstract String applicantName();

  /** The public task's title. */
  public abstract String taskTitle();

  /** The grant, positive. */
  public abstract Money amount();

  /** The days the task runs, both ends included. */
  public abstract DateRange taskPeriod();

  /** The day the offer came in (selects the parameters of every rule). */
  public abstract LocalDate offerReceived();

  /** Where and for how long the offer was posted: at most one posting per place. */
  public abstract List<Publication> publications();

  /** Whether the task is of local or regional character (art. 19a ust. 1 pkt 1). */
  public abstract boolean localOrRegional();

  /** The contract signing day; empty while no contract is signed. */
  public abstract Optional<LocalDate> contractDate();

  /** Checks the invariants; throws with every problem. */
  @Value.Check
  protected void check() {
    List<Problem> problems = new ArrayList<>();
    if (TextChecks.isBlank(registerNumber())) {
      problems.add(SmallGrantProblems.PROBLEMS.problem("registerNumber", "SMALL_GRANT_ENTRY_NUMBER"));
    }
    if (TextChecks.isBlank(applicantName())) {
      problems.add(SmallGrantProblems.PROBLEMS.problem("applicantName", "SMALL_GRANT_ENTRY_APPLICANT_NAME"));
    }
    if (TextChecks.isBlank(taskTitle())) {
      problems.add(SmallGrantProblems.PROBLEMS.problem("taskTitle", "SMALL_GRANT_TITLE"));
    }
    TextChecks.refusePesel(problems, "registerNumber", "SMALL_GRANT_ENTRY_NUMBER",
        pl.lsw.core.kernel.Label.of("Numer w rejestrze", "The register number"), registerNumber());
    TextChecks.refusePesel(problems, "applicantName", "SMALL_GRANT_ENTRY_APPLICANT_NAME",
        pl.lsw.core.kernel.Label.of("Nazwa wnioskodawcy", "The applicant's name"), applicantName());
    TextChecks.refusePesel(problems, "taskTitle", "SMALL_GRANT_TITLE",
        pl.lsw.core.kernel.Label.of("Tytuł zadania", "The task's title"), taskTitle());
    if (!amount().isPositive()) {
      problems.add(SmallGrantProblems.PROBLEMS.problem("amount", "SMALL_GRANT_AMOUNT", "amount", amount()));
    }
    java.util.Set<pl.lsw.core.financing.PublicationPlace> places =
        java.util.EnumSet.noneOf(pl.lsw.core.financing.PublicationPlace.class);
    for (Publication p : publications()) {
      if (!places.add(p.place())) {
        problems.add(SmallGrantProblems.PROBLEMS.problem("publications", "SMALL_GRANT_PUBLICATION_TWICE",
            "place", p.place()));
      }
      if (p.postedFrom().isBefore(offerReceived())) {
        problems.add(SmallGrantProblems.PROBLEMS.problem("publications", "SMALL_GRANT_PUBLICATION_BEFORE_RECEIPT",
            "posted", p.postedFrom(), "received", offerReceived()));
      }
    }
    contractDate().filter(d -> d.isBefore(offerReceived())).ifPresent(d -> problems.add(
        SmallGrantProblems.PROBLEMS.problem("contractDate", "SMALL_GRANT_ENTRY_CONTRACT_BEFORE_RECEIPT",
            "date", d, "received", offerReceived())));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /**
   * The id an organisation is given when a register names it only by its NIP: the same for the
   * same NIP, in every run.
   *
   * @param nip the NIP
   * @return the derived id
   */
  public static OrganisationId organisationIdOf(Nip nip) {
    return OrganisationId.of(UUID.nameUUIDFromBytes(("organisation:" + nip.value()).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The grant as the rules see it: contracted when a contract date is given, otherwise posted (or
   * only received when no posting is given).
   */
  SmallGrant asGrant(GrantId id, OrganisationId applicant) {
    return SmallGrant.builder()
        .id(id)
        .body(body())
        .applicant(applicant)
        .applicantNip(applicantNip())
        .taskTitle(taskTitle())
        .localOrRegional(localOrRegional())
        .taskPeriod(taskPeriod())
        .amount(amount())
        .mode(FundingMode.SUPPORT)
        .offerReceived(offerReceived())
        .publications(publications())
        .contractDate(contractDate())
        .status(contractDate().isPresent() ? SmallGrantStatus.CONTRACTED
            : publications().isEmpty() ? SmallGrantStatus.RECEIVED : SmallGrantStatus.PUBLISHED)
        .build();
  }
}
