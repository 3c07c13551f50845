package pl.lsw.core.family.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import pl.lsw.core.family.SupportedFamily;
import pl.lsw.core.partnership.governance.ActingPerson;
import pl.lsw.core.rules.RuleEnvironment;

/**
 * What a command to an individual plan is given besides its own input: who gives it, when, the
 * day it is checked as of, the family, what is known of the items' sources, and the rules'
 * environment.
 *
 * <p>Polish: <i>kontekst polecenia dotyczącego planu</i>.
 *
 * @param actor who gives the command
 * @param at when (the time of the revision and the event)
 * @param today the day the rules are checked as of
 * @param family the plan's family
 * @param sources what is known of the sources
 * @param environment the rules' parameters and calendar
 */
public record PlanContext(ActingPerson actor, Instant at, LocalDate today, SupportedFamily family,
    PlanSourceLookup sources, RuleEnvironment environment) {

  /** Refuses nulls. */
  public PlanContext {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(environment, "environment");
  }
}
