package pl.lsw.core.financing.contract;

import java.time.Instant;
import java.time.LocalDate;
import pl.lsw.core.kernel.DomainEvent;
import pl.lsw.core.kernel.Money;

/**
 * What happened to a grant contract.
 *
 * <p>Polish: <i>zdarzenie umowy dotacyjnej</i>.
 */
public sealed interface ContractEvent extends DomainEvent {

  /** The contract. */
  ContractId contract();

  @Override
  default String aggregateId() {
    return contract().toString();
  }

  /** {@code Contract} followed by the event's simple name, e.g. {@code ContractAmended}. */
  @Override
  default String type() {
    return "Contract" + getClass().getSimpleName();
  }

  /**
   * A contract was signed and stored (Polish: <i>zawarto umowę</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   */
  record Signed(ContractId contract, Instant occurredAt) implements ContractEvent {}

  /**
   * An annex was signed (Polish: <i>zawarto aneks</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   * @param number the annex number
   */
  record Amended(ContractId contract, Instant occurredAt, int number) implements ContractEvent {}

  /**
   * Money was moved between cost items (Polish: <i>przesunięto środki między pozycjami</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   * @param shift the shift
   */
  record CostShifted(ContractId contract, Instant occurredAt, CostShift shift) implements ContractEvent {}

  /**
   * A partial report was demanded (Polish: <i>wezwano do złożenia sprawozdania częściowego</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   * @param dueOn its due date
   */
  record PartialReportDemanded(ContractId contract, Instant occurredAt, LocalDate dueOn) implements ContractEvent {}

  /**
   * A partial report was submitted (Polish: <i>złożono sprawozdanie częściowe</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   * @param demand the index of the demand answered
   */
  record PartialReportSubmitted(ContractId contract, Instant occurredAt, int demand) implements ContractEvent {}

  /**
   * The final report was submitted (Polish: <i>złożono sprawozdanie końcowe</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   * @param unused the unused part of the grant
   */
  record FinalReportSubmitted(ContractId contract, Instant occurredAt, Money unused) implements ContractEvent {}

  /**
   * Misuse of the grant was found (Polish: <i>stwierdzono nieprawidłowe wykorzystanie dotacji</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   * @param amount the amount to return
   */
  record MisuseFound(ContractId contract, Instant occurredAt, Money amount) implements ContractEvent {}

  /**
   * Money was paid back (Polish: <i>zwrócono dotację</i>).
   *
   * @param contract the contract
   * @param occurredAt when
   * @param grantReturn the return
   */
  record GrantReturned(ContractId contract, Instant occurredAt, GrantReturn grantReturn) implements ContractEvent {}
}
