package pl.lsw.core.partnership;

import pl.lsw.core.kernel.Refusal;
import pl.lsw.core.kernel.Change;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pl.lsw.core.partnership.PartnershipFixture.*;

import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LocalPactTest {

  private static final PartnershipId SECTORAL_A = PartnershipId.of(uuid(201));
  private static final PartnershipId SECTORAL_B = PartnershipId.of(uuid(202));
  private static final PartnershipId MULTI = PartnershipId.of(uuid(203));
  private static final PartnershipId MISSING = PartnershipId.of(uuid(204));

  private static final Function<PartnershipId, Optional<PartnershipScope>> SCOPES = id ->
      Optional.ofNullable(Map.of(SECTORAL_A, PartnershipScope.SECTORAL, SECTORAL_B,
          PartnershipScope.SECTORAL, MULTI, PartnershipScope.MULTI_ASPECT).get(id));

  private static Partnership pact() {
    PartnershipFounding f = founding();
    return ok(Partnership.found(ID, MAYOR, f.toBuilder().name("Pakt dla Pragi")
        .kind(PartnershipKind.LOCAL_PACT).scope(PartnershipScope.MULTI_ASPECT).build(), NOW));
  }

  @Test
  void a_local_pact_is_composed_of_sectoral_partnerships() {
    Change<Partnership> changed = pact().composeLocalPact(leaderRep(), List.of(SECTORAL_A, SECTORAL_B),
        SCOPES, NOW).get();
    assertEquals(List.of(SECTORAL_A, SECTORAL_B), changed.state().components());
    assertEquals(List.of(SECTORAL_A, SECTORAL_B),
        ((LocalPactComposed) changed.events().get(0)).components());
  }

  @Test
  void a_multi_aspect_unknown_repeated_or_self_component_is_refused() {
    Refusal refusal = refused(pact().composeLocalPact(leaderRep(),
        List.of(SECTORAL_A, SECTORAL_A, MULTI, MISSING, ID), SCOPES, NOW));
    assertEquals(List.of("LOCAL_PACT_COMPONENT_REPEATED", "LOCAL_PACT_COMPONENT_NOT_SECTORAL",
        "LOCAL_PACT_COMPONENT_UNKNOWN", "LOCAL_PACT_COMPONENT_SELF"), refusal.codes());
  }

  @Test
  void only_a_local_pact_has_components_and_it_needs_at_least_one() {
    assertEquals(List.of("LOCAL_PACT_KIND"), refused(founded().composeLocalPact(leaderRep(),
        List.of(SECTORAL_A), SCOPES, NOW)).codes());
    assertEquals(List.of("LOCAL_PACT_EMPTY"), refused(pact().composeLocalPact(leaderRep(),
        List.of(), SCOPES, NOW)).codes());
  }
}
