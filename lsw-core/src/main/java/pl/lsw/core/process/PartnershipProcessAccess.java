package pl.lsw.core.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.port.PartnershipRepository;

/**
 * The partnership's access rules applied to its processes: only a person registered in the
 * partnership, whose organisation is an active member (formal or informal), acting in a role the
 * person really holds, may give a command to one of its processes. A person of an organisation
 * outside the partnership can do nothing in it.
 *
 * <p>Polish: <i>kontrola dostępu do procesów według zasad partnerstwa</i>.
 */
public final class PartnershipProcessAccess implements ProcessAccess {

  private final PartnershipRepository partnerships;

  /** @param partnerships where the partnerships are read from */
  public PartnershipProcessAccess(PartnershipRepository partnerships) {
    this.partnerships = Objects.requireNonNull(partnerships, "partnerships");
  }

  @Override
  public List<Problem> check(ActingPerson actor, PartnershipId partnershipId, String definitionCode,
      ProcessCommandKind kind) {
    List<Problem> problems = new ArrayList<>();
    Partnership partnership = partnerships.findById(partnershipId).orElse(null);
    if (partnership == null) {
      problems.add(new Problem("partnership", "PARTNERSHIP_UNKNOWN",
          "there is no partnership " + partnershipId));
      return problems;
    }
    Person person = partnership.person(actor.person()).orElse(null);
    if (person == null) {
      problems.add(new Problem("actor.person", "PROCESS_ACCESS_DENIED",
          "person " + actor.person() + " is not registered in the partnership '"
              + partnership.name() + "'"));
      return problems;
    }
    if (!partnership.isActiveMember(person.organisation())) {
      problems.add(new Problem("actor.person", "PROCESS_ACCESS_DENIED",
          person.name() + " acts for an organisation that is not an active member of the partnership '"
              + partnership.name() + "'"));
    }
    if (!partnership.holds(actor.person(), actor.role())) {
      problems.add(new Problem("actor.role", "PROCESS_ACCESS_DENIED",
          person.name() + " does not hold the role " + actor.role() + " in the partnership '"
              + partnership.name() + "'"));
    }
    return problems;
  }
}
