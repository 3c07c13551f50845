package pl.lsw.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import pl.lsw.core.testing.Property;

class OrganisationDraftPropertyTest {

  @Test
  void a_draft_is_refused_with_exactly_the_bad_parts_and_an_accepted_one_round_trips() {
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();

    Property.forAll("drafts report exactly their bad parts", 500, rnd -> {
      OrganisationGen.DraftCase c = OrganisationGen.draftCase(rnd);
      OrganisationId id = OrganisationId.of(new UUID(rnd.nextLong(), rnd.nextLong()));
      var result = c.draft().toOrganisation(id, 0);
      if (result.isValid()) {
        accepted.incrementAndGet();
        assertEquals(Set.of(), c.expectedProblemPaths(), "accepted " + c.draft());
        Organisation o = result.get();
        assertEquals(o, OrganisationDraft.from(o).toOrganisation(id, 0).get());
      } else {
        refused.incrementAndGet();
        Set<String> paths = new TreeSet<>(result.getError().map(p -> p.path()).toJavaList());
        assertEquals(c.expectedProblemPaths(), paths, "refused " + c.draft());
      }
    });

    assertTrue(accepted.get() > 50, "generated drafts reach acceptance: " + accepted);
    assertTrue(refused.get() > 50, "generated drafts reach refusal: " + refused);
  }
}
