package pl.lsw.core.typology;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import pl.lsw.core.organisation.OrganisationId;

/**
 * A fixture after seed 001 Tabela 2 ("Odniesienia do praktyki LSW"): the report gives no counts,
 * only qualitative findings, which the fixture reproduces with illustrative ratings — complementarity
 * dominated; confrontation arose between the NGOs and the OPS from their different working
 * cultures and was worked out; the imbalance between the city and the partners (co-optation) was
 * never resolved; on cooperation the partners agreed on goals in general but differed on means,
 * here as two assessors who disagree.
 */
final class PraskiKokonRelationships {

  static final OrganisationId CITY = id(1);
  static final OrganisationId OPS = id(2);
  static final OrganisationId NGO_A = id(3);
  static final OrganisationId NGO_B = id(4);
  static final OrganisationId NGO_C = id(5);

  static final LocalDate FIRST = LocalDate.of(2019, 6, 30);
  static final LocalDate SECOND = LocalDate.of(2021, 6, 30);

  static final Assessor EVALUATOR = Assessor.of("evaluator:report-001");
  static final Assessor NGO_B_ITSELF = Assessor.organisation(NGO_B);

  static final Relationship A_B = Relationship.between(NGO_A, NGO_B);
  static final Relationship A_C = Relationship.between(NGO_A, NGO_C);
  static final Relationship B_C = Relationship.between(NGO_B, NGO_C);
  static final Relationship OPS_A = Relationship.between(OPS, NGO_A);
  static final Relationship CITY_A = Relationship.between(CITY, NGO_A);
  static final Relationship CITY_B = Relationship.between(CITY, NGO_B);

  /** The partners' names, as an embedding system would look them up in its registry. */
  static String name(OrganisationId id) {
    Map<OrganisationId, String> names = Map.of(CITY, "Miasto st. Warszawa", OPS,
        "OPS Praga-Północ", NGO_A, "Fundacja A", NGO_B, "Stowarzyszenie B", NGO_C, "Fundacja C");
    return names.get(id);
  }

  private PraskiKokonRelationships() {}

  static OrganisationId id(int n) {
    return OrganisationId.of(UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n)));
  }

  static RelationshipAssessment rate(Relationship r, Assessor who, LocalDate on, int goals,
      int means) {
    return RelationshipAssessment.of(r, who, on, SimilarityRating.of(goals, means),
        NajamThresholds.DEFAULT);
  }

  static List<RelationshipAssessment> assessments() {
    return List.of(
        rate(A_B, EVALUATOR, FIRST, 5, 2),
        rate(A_C, EVALUATOR, FIRST, 4, 3),
        rate(B_C, EVALUATOR, FIRST, 4, 2),
        rate(OPS_A, EVALUATOR, FIRST, 3, 2)
            .withNote("odmienna kultura działania, nadmierna proceduralność"),
        rate(CITY_A, EVALUATOR, FIRST, 2, 4),
        rate(A_B, EVALUATOR, SECOND, 5, 3),
        rate(A_C, EVALUATOR, SECOND, 4, 3),
        rate(B_C, EVALUATOR, SECOND, 5, 2),
        rate(OPS_A, EVALUATOR, SECOND, 4, 3).withNote("wspólne podejście wypracowane w dyskusjach"),
        rate(CITY_A, EVALUATOR, SECOND, 2, 4).withNote("nierównowaga partnerów nierozwiązana"),
        rate(CITY_B, EVALUATOR, SECOND, 4, 4),
        rate(CITY_B, NGO_B_ITSELF, SECOND, 4, 2));
  }
}
