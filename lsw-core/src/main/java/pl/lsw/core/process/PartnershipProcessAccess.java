package pl.lsw.core.process;

import static pl.lsw.core.process.ProcessProblems.PROBLEMS;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.partnership.governance.Person;
import pl.lsw.core.partnership.PartnershipRepository;

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
      problems.add(PROBLEMS.problem("partnership", "PARTNERSHIP_UNKNOWN"));
      return problems;
    }
    Person person = partnership.person(actor.person()).orElse(null);
    if (person == null) {
      problems.add(PROBLEMS.keyed("PROCESS_ACCESS_DENIED.unregistered", "actor.person",
          "PROCESS_ACCESS_DENIED", "partnership", partnership.name()));
      return problems;
    }
    if (!partnership.isActiveMember(person.organisation())) {
      problems.add(PROBLEMS.keyed("PROCESS_ACCESS_DENIED.inactive", "actor.person",
          "PROCESS_ACCESS_DENIED", "person", person.name(), "partnership", partnership.name()));
    }
    if (!partnership.holds(actor.person(), actor.role())) {
      problems.add(PROBLEMS.keyed("PROCESS_ACCESS_DENIED.role", "actor.role",
          "PROCESS_ACCESS_DENIED", "person", person.name(), "role", actor.role(),
          "partnership", partnership.name()));
    }
    return problems;
  }
}
