package pl.lsw.core.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static pl.lsw.core.access.AccessWorld.OFFICIAL;
import static pl.lsw.core.access.AccessWorld.OTHER_OFFICIAL;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import pl.lsw.core.financing.contract.Amendment;
import pl.lsw.core.financing.contract.ContractId;
import pl.lsw.core.kernel.AccessDecision;
import pl.lsw.core.kernel.AccessQuery;
import pl.lsw.core.kernel.Problem;
import pl.lsw.core.kernel.ProblemBundle;
import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.port.AccessPolicy;

/**
 * The embedder's access policy: asked first for every command of every service, its refusal is
 * the command's refusal with exactly its problems, and nothing changes.
 */
class AccessPolicyTest {

  /** The bundle of the test policy's problems, as an embedder would keep it. */
  static final ProblemBundle POLICY_PROBLEMS =
      ProblemBundle.of(AccessPolicyTest.class, "pl/lsw/core/access/policy");

  /** A policy whose answer the test switches: it permits while the world is set up. */
  static final class SwitchedPolicy implements AccessPolicy {
    final List<AccessQuery> asked = new ArrayList<>();
    final AtomicReference<java.util.function.Function<AccessQuery, AccessDecision>> answer =
        new AtomicReference<>(q -> AccessDecision.permitted());

    @Override
    public AccessDecision decide(AccessQuery query) {
      asked.add(query);
      return answer.get().apply(query);
    }

    void refuse(java.util.function.Predicate<AccessQuery> which) {
      asked.clear();
      answer.set(q -> which.test(q) ? AccessDecision.refused(POLICY_PROBLEMS.problem("actor",
          "NO_AUTHORISATION_ON_FILE", "actor", q.actor())) : AccessDecision.permitted());
    }
  }

  private static Amendment annex() {
    return Amendment.builder().number(1).signedOn(LocalDate.of(2026, 11, 30))
        .description("zmiana harmonogramu").build();
  }

  @Test
  void a_command_the_policy_refuses_is_refused_with_the_policys_problems_and_changes_nothing() {
    SwitchedPolicy policy = new SwitchedPolicy();
    AccessWorld world = new AccessWorld(policy);
    policy.refuse(q -> q.capability().equals("contracts") && q.command().equals("amend"));
    Object before = world.lsw.contracts().find(world.contract);

    Refusal refusal = world.lsw.contracts().amend(world.contract, OFFICIAL, annex()).getLeft();

    assertEquals(List.of("NO_AUTHORISATION_ON_FILE"), refusal.codes());
    assertEquals("naczelnik Wydziału Spraw Społecznych (Prezydent m.st. Warszawy): w systemie "
        + "urzędu brak upoważnienia do tej czynności",
        refusal.reasons().get(0).message(Locale.forLanguageTag("pl")));
    assertEquals("naczelnik Wydziału Spraw Społecznych (Prezydent m.st. Warszawy): the office's "
        + "system holds no authorisation for this", refusal.reasons().get(0).message(Locale.ENGLISH));
    assertEquals(before, world.lsw.contracts().find(world.contract));
    assertTrue(world.published.isEmpty());
    assertEquals(List.of(new AccessQuery("contracts", "amend", OFFICIAL, Optional.of(world.contract))),
        policy.asked);
    // the same command of the same official is accepted once the policy permits it
    policy.refuse(q -> false);
    assertTrue(world.lsw.contracts().amend(world.contract, OFFICIAL, annex()).isRight());
    assertEquals(1, world.published.size());
  }

  @Test
  void the_policy_is_asked_before_the_librarys_own_checks() {
    SwitchedPolicy policy = new SwitchedPolicy();
    AccessWorld world = new AccessWorld(policy);
    policy.refuse(q -> true);

    assertEquals(List.of("NO_AUTHORISATION_ON_FILE"), world.lsw.contracts()
        .amend(world.contract, OTHER_OFFICIAL, annex()).getLeft().codes());
    assertEquals(List.of("NO_AUTHORISATION_ON_FILE"), world.lsw.contracts()
        .amend(ContractId.of(new UUID(9, 9)), OFFICIAL, annex()).getLeft().codes());
    policy.refuse(q -> false);
    assertEquals(List.of("OFFICIAL_OF_ANOTHER_BODY"), world.lsw.contracts()
        .amend(world.contract, OTHER_OFFICIAL, annex()).getLeft().codes());
    assertEquals(List.of("CONTRACT_UNKNOWN"), world.lsw.contracts()
        .amend(ContractId.of(new UUID(9, 9)), OFFICIAL, annex()).getLeft().codes());
  }

  @Test
  void no_public_command_of_any_service_runs_past_a_policy_that_refuses_everything() {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (AccessMatrixTest.Row row : AccessMatrixTest.ROWS.values()) {
      if (row.takes().isEmpty()) {
        continue;
      }
      for (AccessMatrixTest.Role role : row.takes()) {
        SwitchedPolicy policy = new SwitchedPolicy();
        AccessWorld world = new AccessWorld(policy);
        Object before = row.state().apply(world);
        policy.refuse(q -> true);
        Either<Refusal, ?> outcome = row.run().apply(world, AccessMatrixTest.ACTORS.get(role));
        checked++;
        if (outcome.isRight() || !outcome.getLeft().codes().equals(List.of("NO_AUTHORISATION_ON_FILE"))) {
          failures.add(row.command() + " × " + role + ": "
              + (outcome.isRight() ? "accepted" : outcome.getLeft().codes()));
        } else if (!before.equals(row.state().apply(world)) || !world.published.isEmpty()) {
          failures.add(row.command() + " × " + role + ": refused, but something changed");
        } else if (policy.asked.stream().noneMatch(q -> row.command().equals(
            q.capability() + "." + q.command()) && q.actor().equals(AccessMatrixTest.ACTORS.get(role)))
            && !delegates(row.command(), policy.asked)) {
          failures.add(row.command() + " × " + role + ": the policy was asked " + policy.asked);
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(String.join("\n", failures));
    }
    assertTrue(checked > 300, "cells checked: " + checked);
  }

  /** A convenience command names to the policy the command it stands for. */
  private static boolean delegates(String command, List<AccessQuery> asked) {
    String named = switch (command) {
      case "partnerships.admitFormalMember", "partnerships.admitInformalPartner" ->
          "partnerships.admitMember";
      default -> command;
    };
    return asked.stream().anyMatch(q -> named.equals(q.capability() + "." + q.command()));
  }

  @Test
  void the_default_policy_permits_so_the_librarys_role_checks_alone_decide() {
    AccessQuery query = AccessQuery.to("contracts", "amend", OTHER_OFFICIAL, new UUID(1, 1));
    assertTrue(AccessPolicy.libraryRoles().decide(query).isPermitted());
    AccessWorld world = new AccessWorld(AccessPolicy.libraryRoles());
    assertEquals(List.of("OFFICIAL_OF_ANOTHER_BODY"), world.lsw.contracts()
        .amend(world.contract, OTHER_OFFICIAL, annex()).getLeft().codes());
  }

  @Test
  void a_refusal_of_access_names_at_least_one_reason() {
    assertThrows(IllegalArgumentException.class, () -> AccessDecision.refused(List.<Problem>of()));
    assertEquals(List.of(), AccessDecision.permitted().problems());
    assertEquals(Optional.empty(), AccessQuery.creating("smallGrants", "receive", OFFICIAL)
        .aggregateId());
  }
}
