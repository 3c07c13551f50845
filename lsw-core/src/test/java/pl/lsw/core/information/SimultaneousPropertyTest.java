package pl.lsw.core.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pl.lsw.core.partnership.PartnershipFixture.ID;
import static pl.lsw.core.partnership.PartnershipFixture.MANAGER;
import static pl.lsw.core.partnership.PartnershipFixture.as;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.partnership.InMemoryPartnerships;
import pl.lsw.core.partnership.Membership;
import pl.lsw.core.partnership.MembershipForm;
import pl.lsw.core.partnership.MembershipRole;
import pl.lsw.core.partnership.Partnership;
import pl.lsw.core.partnership.PartnershipFixture;
import pl.lsw.core.partnership.governance.ActingRole;
import pl.lsw.core.testing.Property;

/**
 * For random membership histories (organisations joining, leaving, rejoining, informal partners)
 * and a random instant of sending, a dispatch names exactly the organisations active on that
 * instant's day, each once, all with the one instant, and meets {@code INF-SIMULTANEOUS}.
 */
class SimultaneousPropertyTest {

  static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
  static final LocalDate START = LocalDate.of(2026, 1, 1);

  @Test
  void a_dispatch_always_names_exactly_the_active_members() {
    Property.forAll("dispatch names exactly the active members", rnd -> {
      Partnership base = PartnershipFixture.governed();
      List<Membership> memberships = new ArrayList<>();
      memberships.add(base.memberships().get(0));
      int orgs = rnd.nextInt(7);
      for (int o = 0; o < orgs; o++) {
        OrganisationId org = OrganisationId.of(new UUID(0x1f7, o));
        LocalDate from = START.plusDays(rnd.nextInt(120));
        for (int stint = 0, n = 1 + rnd.nextInt(2); stint < n; stint++) {
          boolean formal = rnd.nextBoolean();
          LocalDate left = rnd.nextInt(3) == 0 ? null : from.plusDays(rnd.nextInt(60));
          memberships.add(Membership.builder().organisation(org)
              .form(formal ? MembershipForm.FORMAL : MembershipForm.INFORMAL)
              .declarationDate(java.util.Optional.ofNullable(formal ? from : null))
              .role(formal ? MembershipRole.MEMBER : MembershipRole.INFORMAL_PARTNER)
              .joinedOn(from).leftOn(java.util.Optional.ofNullable(left)).build());
          if (left == null) {
            break;
          }
          from = left.plusDays(1 + rnd.nextInt(30));
        }
      }
      Partnership p = base.withMemberships(memberships).withVersion(0);
      Instant at = START.atStartOfDay(WARSAW).toInstant()
          .plusSeconds(rnd.nextInt(240 * 24 * 3600));
      LocalDate day = LocalDate.ofInstant(at, WARSAW);
      Set<OrganisationId> expected = new HashSet<>();
      for (Membership m : memberships) {
        if (!m.joinedOn().isAfter(day) && (m.leftOn().isEmpty() || !m.leftOn().get().isBefore(day))) {
          expected.add(m.organisation());
        }
      }
      InMemoryPartnerships partnerships = new InMemoryPartnerships();
      partnerships.save(p);
      InMemoryDispatches dispatches = new InMemoryDispatches();
      RecordingChannel channel = new RecordingChannel();
      InformationService service = new InformationService(dispatches, partnerships, channel,
          Clock.fixed(at, WARSAW), () -> new UUID(0x1f8, 1), e -> { }, PartnershipFixture.RULES, pl.lsw.core.kernel.port.AccessPolicy.libraryRoles());

      Dispatch d = service.send(ID, as(MANAGER, ActingRole.TASK_TEAM_MANAGER),
          InformationSamples.announcement()).get().state();

      assertEquals(expected, new HashSet<>(d.recipientOrganisations()));
      assertEquals(expected.size(), d.recipients().size());
      assertEquals(1, channel.messages.size());
      assertEquals(at, channel.messages.get(0).sentAt());
      assertEquals(at, d.sentAt());
      assertTrue(service.check(d.id()).get().isCompliant());
    });
  }
}
