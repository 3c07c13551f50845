package pl.lsw.core.process;

import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.partnership.PartnershipId;
import pl.lsw.core.partnership.governance.ActingPerson;

/**
 * The command to start a process for a partnership, by the code of its definition (the latest
 * version of it known to the service's catalog).
 *
 * <p>Polish: <i>polecenie: rozpocznij proces</i>.
 *
 * @param partnershipId the partnership the process belongs to
 * @param definitionCode the code of the definition, e.g. {@code "LSW_STAGES"}
 * @param startedOn the day it starts (not after today, by the injected clock)
 * @param actor who starts it, in which role
 */
public record StartProcess(
    PartnershipId partnershipId, String definitionCode, LocalDate startedOn, ActingPerson actor) {

  /** Refuses nulls. */
  public StartProcess {
    Objects.requireNonNull(partnershipId, "partnershipId");
    Objects.requireNonNull(definitionCode, "definitionCode");
    Objects.requireNonNull(startedOn, "startedOn");
    Objects.requireNonNull(actor, "actor");
  }
}
