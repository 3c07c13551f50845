package pl.lsw.core.financing.smallgrant;

import pl.lsw.core.financing.PublicationPlace;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import pl.lsw.core.financing.FundingMode;
import pl.lsw.core.financing.GrantId;
import pl.lsw.core.financing.GrantingBody;
import pl.lsw.core.financing.GrantingBodyKind;
import pl.lsw.core.kernel.DateRange;
import pl.lsw.core.kernel.Money;
import pl.lsw.core.kernel.Percent;
import pl.lsw.core.kernel.TerytCode;
import pl.lsw.core.organisation.OrganisationId;
import pl.lsw.core.rules.ParameterSet;
import pl.lsw.core.rules.StatutoryParameters;

/** Generators and fixtures of small grants for tests. */
public final class SmallGrantGen {

  /** The time commands are recorded at in tests. */
  public static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  /** A city president. */
  public static final GrantingBody WARSAW = GrantingBody.builder().name("Prezydent m.st. Warszawy")
      .area(TerytCode.of("1465011")).kind(GrantingBodyKind.CITY_PRESIDENT).build();

  /** A mayor of an urban-rural commune. */
  public static final GrantingBody KARLINO = GrantingBody.builder().name("Burmistrz Karlina")
      .area(TerytCode.of("3201033")).kind(GrantingBodyKind.MAYOR).build();

  private SmallGrantGen() {}

  /** An organisation id made from a number, stable across runs. */
  public static OrganisationId organisation(int n) {
    return OrganisationId.of(new UUID(0x5eed, n));
  }

  /** A grant id made from a number, stable across runs. */
  public static GrantId grantId(long n) {
    return GrantId.of(new UUID(0x6a17, n));
  }

  /** A received grant of {@code amount}, for a 30-day task starting 20 days after receipt, of organisation 1 to Warsaw. */
  public static SmallGrant received(long n, Money amount, LocalDate receipt) {
    return SmallGrant.builder()
        .id(grantId(n))
        .body(WARSAW)
        .applicant(organisation(1))
        .taskTitle("Warsztaty dla rodzin " + n)
        .localOrRegional(true)
        .taskPeriod(DateRange.ofDays(receipt.plusDays(20), 30))
        .amount(amount)
        .mode(FundingMode.SUPPORT)
        .offerReceived(receipt)
        .build();
  }

  /** The grant posted in all three places from {@code from} for {@code days} days. */
  public static SmallGrant postedEverywhere(SmallGrant g, LocalDate from, int days) {
    return g.withPublications(List.of(
            new Publication(PublicationPlace.BIP, from, from.plusDays(days - 1)),
            new Publication(PublicationPlace.NOTICE_BOARD, from, from.plusDays(days - 1)),
            new Publication(PublicationPlace.WEBSITE, from, from.plusDays(days - 1))))
        .withStatus(SmallGrantStatus.PUBLISHED);
  }

  /** The grant contracted on {@code date}. */
  public static SmallGrant contracted(SmallGrant g, LocalDate date) {
    return SmallGrant.builder().from(g).commentPeriodClosedOn(date).contractDate(date)
        .status(SmallGrantStatus.CONTRACTED).build();
  }

  /** An amount between 0,01 zł and {@code maxZloty} zł. */
  public static Money amount(Random rnd, long maxZloty) {
    return Money.ofGrosze(1 + (long) (rnd.nextDouble() * maxZloty * 100));
  }

  /**
   * Random grants of a year: {@code organisations} organisations, two bodies, amounts up to
   * 12 000 zł (so some exceed the 10 000 zł limit and many organisations cross the 20 000 zł cap),
   * durations of 1–120 days, receipt dates through the year, some refused or withdrawn.
   */
  public static List<SmallGrant> yearOfGrants(Random rnd, int count, int organisations, int year) {
    List<SmallGrant> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate receipt = LocalDate.of(year, 1, 1).plusDays(rnd.nextInt(330));
      SmallGrantStatus status = pickStatus(rnd);
      SmallGrant g = SmallGrant.builder()
          .id(grantId(rnd.nextLong()))
          .body(rnd.nextInt(4) == 0 ? KARLINO : WARSAW)
          .applicant(organisation(rnd.nextInt(organisations)))
          .taskTitle("Zadanie " + i)
          .localOrRegional(rnd.nextInt(20) != 0)
          .taskPeriod(DateRange.ofDays(receipt.plusDays(14), 1 + rnd.nextInt(120)))
          .amount(amount(rnd, 12_000))
          .mode(rnd.nextBoolean() ? FundingMode.SUPPORT : FundingMode.ENTRUSTING)
          .offerReceived(receipt)
          .status(status == SmallGrantStatus.CONTRACTED ? SmallGrantStatus.RECEIVED : status)
          .build();
      if (status == SmallGrantStatus.CONTRACTED) {
        g = contracted(postedEverywhere(g, receipt.plusDays(1), 7), receipt.plusDays(12 + rnd.nextInt(40)));
      }
      out.add(g);
    }
    return out;
  }

  private static SmallGrantStatus pickStatus(Random rnd) {
    int r = rnd.nextInt(10);
    return r < 6 ? SmallGrantStatus.CONTRACTED : r < 8 ? SmallGrantStatus.RECEIVED
        : r < 9 ? SmallGrantStatus.REFUSED : SmallGrantStatus.WITHDRAWN;
  }

  /**
   * A random parameter set: the statutory one overlaid, from a random date in 2025–2027, by a
   * random amount maximum (1 000–30 000 zł), duration maximum (30–180 days), yearly cap and share.
   */
  public static ParameterSet parameters(Random rnd) {
    LocalDate from = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(3 * 365));
    return ParameterSet.statutory().overlay(ParameterSet.empty()
        .with(StatutoryParameters.SMALL_GRANT_AMOUNT_MAX, from, Money.ofGrosze(100_000 + rnd.nextInt(2_900_001)))
        .with(StatutoryParameters.SMALL_GRANT_DURATION_MAX_DAYS, from, 30 + rnd.nextInt(151))
        .with(StatutoryParameters.SMALL_GRANT_YEARLY_CAP_MAX, from, Money.ofZloty(10_000 + rnd.nextInt(40_001)))
        .with(StatutoryParameters.SMALL_GRANT_BUDGET_SHARE_MAX, from, Percent.of(10 + rnd.nextInt(31))));
  }
}
