package pl.lsw.core.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Label;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.TextChecks;
import pl.lsw.core.organisation.OrganisationId;

/**
 * An organisation's membership of a partnership: formal (written declaration of accession with
 * its date) or informal, its role, when it joined and, once ended, when it left. An informal
 * partner takes part at any stage and is never kept out for lack of a declaration [004
 * §formalizacja].
 *
 * <p>Polish: <i>członkostwo w partnerstwie</i>.
 *
 * <p>Rules ({@code build()} throws listing all): a formal membership has a declaration date, an
 * informal one has none; the informal-partner role goes with the informal form and the leader and
 * member roles with the formal form; the left date is not before the joined date.
 */
@Value.Immutable
abstract class AbstractMembership {

  /** The member organisation. */
  public abstract OrganisationId organisation();

  /** Formal or informal. */
  public abstract MembershipForm form();

  /** The date of the written declaration of accession (formal memberships only). */
  public abstract Optional<LocalDate> declarationDate();

  /** The role. */
  public abstract MembershipRole role();

  /** The day it joined. */
  public abstract LocalDate joinedOn();

  /** The day it left, once the membership has ended. */
  public abstract Optional<LocalDate> leftOn();

  /** Whether the membership has not ended. */
  public boolean isActive() {
    return leftOn().isEmpty();
  }

  /** Whether the organisation was a member on that day (joined on or before, not left before). */
  public boolean isActiveOn(LocalDate day) {
    return !joinedOn().isAfter(day) && leftOn().map(left -> !left.isBefore(day)).orElse(true);
  }

  @Value.Check
  protected void check() {
    List<Problem> problems = problems(form(), declarationDate().orElse(null), role(), joinedOn(),
        leftOn().orElse(null));
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  /** Every problem of a membership with these parts; empty when it is fine. */
  static List<Problem> problems(MembershipForm form, LocalDate declarationDate,
      MembershipRole role, LocalDate joinedOn, LocalDate leftOn) {
    List<Problem> problems = new ArrayList<>();
    if (form == null) {
      TextChecks.requirePresent(problems, "form", "MEMBERSHIP_FORM",
          Label.of("Forma członkostwa", "The membership's form"), form);
    } else if (form == MembershipForm.FORMAL && declarationDate == null) {
      problems.add(PartnershipProblems.PROBLEMS.problem("declarationDate",
          "MEMBERSHIP_DECLARATION_MISSING"));
    } else if (form == MembershipForm.INFORMAL && declarationDate != null) {
      problems.add(PartnershipProblems.PROBLEMS.problem("declarationDate",
          "MEMBERSHIP_DECLARATION_INFORMAL", "date", declarationDate));
    }
    if (role == null) {
      TextChecks.requirePresent(problems, "role", "MEMBERSHIP_ROLE",
          Label.of("Rola członka", "The membership's role"), role);
    } else if (form != null
        && (role == MembershipRole.INFORMAL_PARTNER) != (form == MembershipForm.INFORMAL)) {
      problems.add(PartnershipProblems.PROBLEMS.problem("role", "MEMBERSHIP_ROLE_FORM",
          "role", role, "form", form));
    }
    if (joinedOn == null) {
      TextChecks.requirePresent(problems, "joinedOn", "MEMBERSHIP_JOINED",
          Label.of("Dzień przystąpienia", "The joining day"), joinedOn);
    } else if (leftOn != null && leftOn.isBefore(joinedOn)) {
      problems.add(PartnershipProblems.PROBLEMS.problem("leftOn",
          "MEMBERSHIP_LEFT_BEFORE_JOINED", "left", leftOn, "joined", joinedOn));
    }
    return problems;
  }
}
