package pl.lsw.core.partnership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import pl.lsw.core.kernel.InvalidInputException;
import pl.lsw.core.kernel.Problem;
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
      problems.add(new Problem("form", "MEMBERSHIP_FORM_MISSING", "the membership's form is required"));
    } else if (form == MembershipForm.FORMAL && declarationDate == null) {
      problems.add(new Problem("declarationDate", "MEMBERSHIP_DECLARATION_MISSING",
          "a formal membership needs the date of its written declaration of accession"));
    } else if (form == MembershipForm.INFORMAL && declarationDate != null) {
      problems.add(new Problem("declarationDate", "MEMBERSHIP_DECLARATION_INFORMAL",
          "an informal membership has no declaration of accession, but " + declarationDate
              + " was given"));
    }
    if (role == null) {
      problems.add(new Problem("role", "MEMBERSHIP_ROLE_MISSING", "the membership's role is required"));
    } else if (form != null
        && (role == MembershipRole.INFORMAL_PARTNER) != (form == MembershipForm.INFORMAL)) {
      problems.add(new Problem("role", "MEMBERSHIP_ROLE_FORM",
          "the role " + role + " does not go with a " + form + " membership (an informal partner"
              + " is the informal membership; a leader and a member are formal)"));
    }
    if (joinedOn == null) {
      problems.add(new Problem("joinedOn", "MEMBERSHIP_JOINED_MISSING", "the joining date is required"));
    } else if (leftOn != null && leftOn.isBefore(joinedOn)) {
      problems.add(new Problem("leftOn", "MEMBERSHIP_LEFT_BEFORE_JOINED",
          "the membership cannot end on " + leftOn + ", before it began on " + joinedOn));
    }
    return problems;
  }
}
