package pl.lsw.core.process;

import java.util.List;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * Who may give which command to a partnership's process: the hook through which the application
 * plugs in the partnership's access rules (e.g. that the actor belongs to a partner of the
 * partnership and holds the role named). {@link ProcessService} consults it before every
 * command; a non-empty answer refuses the command, and nothing changes.
 *
 * <p>Polish: <i>kontrola dostępu do procesów</i>.
 */
@FunctionalInterface
public interface ProcessAccess {

  /**
   * The reasons the actor may not give the command; empty when it may. Reasons should use the
   * code {@code PROCESS_ACCESS_DENIED} or a more specific one.
   *
   * @param actor who gives the command, in which role
   * @param partnershipId the partnership the process belongs to
   * @param definitionCode the code of the process definition
   * @param kind the kind of command
   */
  List<Problem> check(ActingPerson actor, PartnershipId partnershipId, String definitionCode, ProcessCommandKind kind);

  /** An access check that lets every actor give every command (the default). */
  static ProcessAccess allowAll() {
    return (actor, partnershipId, definitionCode, kind) -> List.of();
  }
}
