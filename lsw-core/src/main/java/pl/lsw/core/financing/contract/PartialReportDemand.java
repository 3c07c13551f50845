package pl.lsw.core.financing.contract;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The body's demand for a partial report (UDPP art. 18 ust. 3) and the report's submission.
 *
 * <p>Polish: <i>wezwanie do złożenia sprawozdania częściowego</i>.
 *
 * @param demandedOn the day of the demand (its delivery)
 * @param dueOn the due date the body set
 * @param submittedOn the day the report was submitted, if it was
 */
public record PartialReportDemand(LocalDate demandedOn, LocalDate dueOn, Optional<LocalDate> submittedOn) {

  /** Refuses nulls. */
  public PartialReportDemand {
    Objects.requireNonNull(demandedOn, "demandedOn");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(submittedOn, "submittedOn");
  }

  /** This demand with the report submitted on {@code day}. */
  public PartialReportDemand submitted(LocalDate day) {
    return new PartialReportDemand(demandedOn, dueOn, Optional.of(day));
  }
}
